import { graphql } from "#graphql";

export const YouthOfficeOverview = graphql(`
  query YouthOfficeOverview($year: Int!, $districtKey: String!, $today: String!) {
    consultationBudgets(year: $year) {
      id
      districtKey
      allocatedDays
      bookedDays
      remainingDays
    }
    meetings(first: 5, filter: { districtKey: $districtKey, from: $today, status: PLANNED }) {
      totalCount
      nodes {
        id
        date
        kind
        title
        network {
          id
          name
        }
      }
    }
    consultations(first: 20, filter: { districtKey: $districtKey, status: REQUESTED }) {
      totalCount
      nodes {
        id
        title
        kind
        plannedDate
        requestedDays
      }
    }
  }
`);

export const StatewideOverview = graphql(`
  query StatewideOverview($year: Int!, $stateKey: String!, $today: String!) {
    regions(parentKey: $stateKey, validOn: $today) {
      key
      name
      kind
      networks {
        id
        status
        memberships(activeOn: $today) {
          id
          organisation {
            id
            sector
          }
        }
        meetings(year: $year, status: HELD) {
          id
        }
      }
    }
    consultationBudgets(year: $year, regionKey: $stateKey) {
      id
      districtKey
      allocatedDays
      bookedDays
      remainingDays
    }
    cooperationPool(year: $year) {
      id
      allocatedDays
      bookedDays
      remainingDays
    }
  }
`);
