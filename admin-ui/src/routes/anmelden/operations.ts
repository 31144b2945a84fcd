import { graphql } from "#graphql";

export const YouthOfficeDistricts = graphql(`
  query YouthOfficeDistricts($validOn: String!) {
    regions(validOn: $validOn) {
      key
      name
      kind
    }
  }
`);

export const DistrictName = graphql(`
  query DistrictName($key: String!) {
    region(key: $key) {
      key
      name
    }
  }
`);
