import { graphql } from "#graphql";

// Without personal data: a coordinator's name comes with a FORBIDDEN error for most callers, which would void the
// whole page; NetworkCoordinatorContact asks for it separately, and only where it may be seen.
export const NetworkDetail = graphql(`
  query NetworkDetail($id: ID!) {
    network(id: $id) {
      id
      version
      name
      kind
      status
      responsibleDistrictKey
      foundedOn
      endedOn
      plenaryMeetingsPerYear
      description
      region {
        key
        name
      }
      responsibleOffice {
        id
        name
      }
      coordinator {
        id
        function
        organisation {
          id
          name
        }
      }
      parent {
        id
        name
      }
      children {
        id
        name
      }
      successor {
        id
        name
      }
      memberships {
        id
        role
        since
        until
        organisation {
          id
          name
          sector
        }
      }
      workingGroups {
        id
        name
        kind
        status
      }
      meetings {
        id
        date
        kind
        title
        status
      }
      priorities {
        id
        year
        kind
        title
      }
      goals {
        id
        title
        scope
        state
        year
      }
      milestones {
        id
        date
        precision
        title
        description
      }
      consultations {
        id
        kind
        title
        plannedDate
        status
      }
    }
  }
`);

export const NetworkCoordinatorContact = graphql(`
  query NetworkCoordinatorContact($id: ID!) {
    contact(id: $id) {
      id
      name
      email
      phone
    }
  }
`);

export const EndNetwork = graphql(`
  mutation EndNetwork($id: ID!, $version: Int!, $input: EndNetworkInput!) {
    endNetwork(id: $id, version: $version, input: $input) {
      id
      status
    }
  }
`);
