import { graphql } from "#graphql";

// The offer catalogue (source 004): active offers of every provider, by kind, the age they are for and district.
export const OfferCatalogue = graphql(`
  query OfferCatalogue($first: Int!, $after: String, $filter: OfferFilter) {
    offers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        kind
        minAge
        maxAge
        provider {
          id
          name
        }
        region {
          name
        }
      }
    }
  }
`);
