import { graphql } from "#graphql";

export const Contingents = graphql(`
  query Contingents($year: Int!, $stateKey: String!) {
    consultationBudgets(year: $year, regionKey: $stateKey) {
      id
      version
      districtKey
      allocatedDays
      bookedDays
      remainingDays
      youthOffice {
        id
        name
      }
    }
    cooperationPool(year: $year) {
      id
      version
      allocatedDays
      bookedDays
      remainingDays
    }
  }
`);

/** Youth offices of the state, so that a contingent can be set for an office that has none in the year yet. */
export const StateYouthOffices = graphql(`
  query StateYouthOffices($stateKey: String!) {
    organisations(first: 100, filter: { kind: YOUTH_OFFICE, regionKey: $stateKey }) {
      nodes {
        id
        name
        districtKey
      }
    }
  }
`);

export const SetConsultationBudget = graphql(`
  mutation SetConsultationBudget($input: SetConsultationBudgetInput!) {
    setConsultationBudget(input: $input) {
      id
      version
      allocatedDays
      bookedDays
      remainingDays
    }
  }
`);

export const SetCooperationPool = graphql(`
  mutation SetCooperationPool($input: SetCooperationPoolInput!) {
    setCooperationPool(input: $input) {
      id
      version
      allocatedDays
      bookedDays
      remainingDays
    }
  }
`);
