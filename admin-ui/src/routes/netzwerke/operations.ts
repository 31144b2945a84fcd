import { graphql } from "#graphql";

export const NetworkList = graphql(`
  query NetworkList($first: Int!, $after: String, $filter: NetworkFilter) {
    networks(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        status
        foundedOn
        region {
          key
          name
        }
      }
    }
  }
`);

export const NetworkRegionChoices = graphql(`
  query NetworkRegionChoices {
    regions {
      key
      name
      kind
      current
    }
  }
`);
