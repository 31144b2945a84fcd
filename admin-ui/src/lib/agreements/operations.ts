import { graphql } from "#graphql";

// The cooperation agreements a network's members signed (§8a SGB VIII, §3 KKG), for the network's page.
export const MemberAgreements = graphql(`
  query MemberAgreements($organisationIds: [ID!]!) {
    cooperationAgreements(first: 100, filter: { organisationIds: $organisationIds }) {
      totalCount
      nodes {
        id
        title
        legalBasis
        status
        signedOn
        validUntil
        keeper {
          id
        }
        parties {
          id
          name
        }
      }
    }
  }
`);
