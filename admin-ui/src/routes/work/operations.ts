import { graphql } from "#graphql";

// What waits for the state office: each list pages its oldest first (by planned date), at most ten shown.
export const StateOfficeWork = graphql(`
  query StateOfficeWork($today: String!, $year: Int!, $stateKey: String!) {
    toDecide: consultations(first: 10, filter: { status: REQUESTED }) {
      ...WorkConsultations
    }
    requestsPassed: consultations(first: 10, filter: { status: REQUESTED, plannedBefore: $today }) {
      ...WorkConsultations
    }
    notDelivered: consultations(first: 10, filter: { status: APPROVED, plannedBefore: $today }) {
      ...WorkConsultations
    }
    consultationBudgets(year: $year, regionKey: $stateKey) {
      id
      districtKey
      allocatedDays
      remainingDays
      youthOffice {
        id
        name
      }
    }
    cooperationPool(year: $year) {
      id
      allocatedDays
      remainingDays
    }
    networksWithoutMeeting(year: $year, first: 10) {
      ...WorkNetworks
    }
  }
`);

// What waits for a youth office in its own district.
export const YouthOfficeWork = graphql(`
  query YouthOfficeWork($districtKey: String!, $yesterday: String!, $year: Int!) {
    waiting: consultations(first: 10, filter: { districtKey: $districtKey, status: REQUESTED }) {
      ...WorkConsultations
    }
    toRecord: meetings(first: 10, filter: { districtKey: $districtKey, status: PLANNED, to: $yesterday }) {
      ...MeetingsAhead
    }
    networksWithoutMeeting(year: $year, first: 10, filter: { regionKey: $districtKey }) {
      ...WorkNetworks
    }
  }
`);

export const WorkConsultations = graphql(`
  fragment WorkConsultations on ConsultationConnection {
    totalCount
    nodes {
      id
      title
      kind
      plannedDate
      requestedDays
      requestingDistrictKey
      requestingOffice {
        id
        name
      }
    }
  }
`);

export const WorkNetworks = graphql(`
  fragment WorkNetworks on NetworkConnection {
    totalCount
    nodes {
      id
      name
    }
  }
`);
