import { graphql } from "#graphql";

export const ServiceReport = graphql(`
  query ServiceReport($year: Int!) {
    serviceReport(year: $year) {
      year
      offices {
        districtKey
        allocatedDays
        requestedDays
        approvedDays
        deliveredDays
        remainingDays
        deliveredConsultations
        youthOffice {
          id
          name
        }
      }
      byKind {
        kind
        requested
        approved
        delivered
        cancelled
        deliveredDays
      }
      pool {
        allocatedDays
        approvedDays
        deliveredDays
        remainingDays
      }
      totals {
        allocatedDays
        requestedDays
        approvedDays
        deliveredDays
        remainingDays
        deliveredConsultations
      }
    }
  }
`);
