import { graphql } from "#graphql";

// The state's districts and independent cities, dissolved ones included: the list is their history.
export const StateRegions = graphql(`
  query StateRegions($stateKey: String!) {
    regions(parentKey: $stateKey) {
      key
      version
      name
      kind
      validFrom
      validUntil
      current
      successors {
        key
        name
      }
      predecessors {
        key
        name
      }
    }
  }
`);

export const CreateStateRegion = graphql(`
  mutation CreateStateRegion($input: CreateRegionInput!) {
    createRegion(input: $input) {
      key
    }
  }
`);

export const UpdateStateRegion = graphql(`
  mutation UpdateStateRegion($key: String!, $version: Int!, $input: UpdateRegionInput!) {
    updateRegion(key: $key, version: $version, input: $input) {
      key
      version
    }
  }
`);

export const DissolveStateRegion = graphql(`
  mutation DissolveStateRegion($key: String!, $version: Int!, $input: DissolveRegionInput!) {
    dissolveRegion(key: $key, version: $version, input: $input) {
      key
    }
  }
`);
