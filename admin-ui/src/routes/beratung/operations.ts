import { graphql } from "#graphql";

export const Consultations = graphql(`
  query Consultations($first: Int!, $after: String, $filter: ConsultationFilter) {
    consultations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        title
        plannedDate
        status
        chargedTo
        requestedDays
        bookedDays
        deliveredDays
        requestingDistrictKey
        requestingOffice {
          id
          name
        }
      }
    }
  }
`);

/** The youth offices with a contingent in a year (a youth office gets its own only). */
export const ConsultationOffices = graphql(`
  query ConsultationOffices($year: Int!, $stateKey: String!) {
    consultationBudgets(year: $year, regionKey: $stateKey) {
      id
      districtKey
      remainingDays
      youthOffice {
        id
        name
      }
    }
  }
`);

/** What the request form offers: the office's networks and the other youth offices of the state. */
export const RequestChoices = graphql(`
  query RequestChoices($districtKey: String!, $stateKey: String!) {
    networks(first: 100, filter: { regionKey: $districtKey, status: ACTIVE }) {
      nodes {
        id
        name
      }
    }
    organisations(first: 100, filter: { kind: YOUTH_OFFICE, regionKey: $stateKey }) {
      nodes {
        id
        name
        districtKey
      }
    }
  }
`);

export const ConsultationDetail = graphql(`
  fragment ConsultationDetail on Consultation {
    id
    version
    kind
    title
    plannedDate
    status
    chargedTo
    cancellationReason
    requestedDays
    bookedDays
    deliveredDays
    requestingDistrictKey
    createdAt
    updatedAt
    requestingOffice {
      id
      name
    }
    participatingOffices {
      id
      name
      districtKey
    }
    network {
      id
      name
    }
    experts {
      id
      professions
      name @include(if: $withNames)
    }
    budget {
      id
      year
      allocatedDays
      bookedDays
      remainingDays
    }
    pool {
      id
      year
      allocatedDays
      bookedDays
      remainingDays
    }
  }
`);

export const Consultation = graphql(`
  query Consultation($id: ID!, $withNames: Boolean!) {
    consultation(id: $id) {
      ...ConsultationDetail
    }
  }
`);

export const ActiveExperts = graphql(`
  query ActiveExperts {
    experts(activeOnly: true) {
      id
      name
      professions
    }
  }
`);

export const RequestConsultation = graphql(`
  mutation RequestConsultation($input: RequestConsultationInput!) {
    requestConsultation(input: $input) {
      id
      status
    }
  }
`);

export const ApproveConsultation = graphql(`
  mutation ApproveConsultation($id: ID!, $version: Int!, $input: ApproveConsultationInput!, $withNames: Boolean!) {
    approveConsultation(id: $id, version: $version, input: $input) {
      ...ConsultationDetail
    }
  }
`);

export const RecordDelivery = graphql(`
  mutation RecordDelivery($id: ID!, $version: Int!, $input: RecordDeliveryInput!, $withNames: Boolean!) {
    recordDelivery(id: $id, version: $version, input: $input) {
      ...ConsultationDetail
    }
  }
`);

export const CancelConsultation = graphql(`
  mutation CancelConsultation($id: ID!, $version: Int!, $input: CancelConsultationInput!, $withNames: Boolean!) {
    cancelConsultation(id: $id, version: $version, input: $input) {
      ...ConsultationDetail
    }
  }
`);
