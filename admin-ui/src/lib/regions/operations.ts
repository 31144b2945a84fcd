import { graphql } from "#graphql";

/**
 * Every region that exists today: lists and searches filter by district, the organisation forms place an
 * organisation in any of them.
 */
export const OrganisationRegions = graphql(`
  query OrganisationRegions($validOn: String!) {
    regions(validOn: $validOn) {
      key
      name
      kind
      parent {
        key
      }
    }
  }
`);
