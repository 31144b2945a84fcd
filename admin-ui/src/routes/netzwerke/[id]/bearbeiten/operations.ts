import { graphql } from "#graphql";

// The profile as it is stored, with the choices for its references: the youth offices and their contact persons
// of the responsible district, and the networks it may stand under or extend.
export const NetworkProfile = graphql(`
  query NetworkProfile($id: ID!, $district: String) {
    network(id: $id) {
      id
      version
      name
      kind
      status
      responsibleDistrictKey
      foundedOn
      plenaryMeetingsPerYear
      description
      region {
        key
      }
      responsibleOffice {
        id
      }
      coordinator {
        id
      }
      parent {
        id
      }
      extends {
        id
      }
    }
    offices: organisations(first: 20, filter: { kind: YOUTH_OFFICE, regionKey: $district }) {
      nodes {
        id
        name
        contacts {
          id
          function
          name
        }
      }
    }
    networks(first: 200) {
      nodes {
        id
        name
        kind
        status
        responsibleDistrictKey
      }
    }
  }
`);

export const UpdateNetworkProfile = graphql(`
  mutation UpdateNetworkProfile($id: ID!, $version: Int!, $input: UpdateNetworkInput!) {
    updateNetwork(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);
