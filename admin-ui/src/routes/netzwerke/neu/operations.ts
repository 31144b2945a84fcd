import { graphql } from "#graphql";

export const CreateNetwork = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
    }
  }
`);
