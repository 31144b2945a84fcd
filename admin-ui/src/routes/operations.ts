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
      ...MeetingsAhead
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

/** A district's meetings as its start page lists them: the coming ones, and (work list) those to record as held. */
export const MeetingsAhead = graphql(`
  fragment MeetingsAhead on MeetingConnection {
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
`);
