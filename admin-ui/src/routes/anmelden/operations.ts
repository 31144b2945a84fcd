import { graphql } from "$graphql";

export const YouthOfficeDistricts = graphql(`
  query YouthOfficeDistricts($validOn: String!) {
    regions(validOn: $validOn) {
      key
      name
      kind
    }
  }
`);
