import { graphql } from "#graphql";

// The network with its current members (a group's members come from them) and every working group.
export const WorkingGroupContext = graphql(`
  query WorkingGroupContext($id: ID!, $today: String!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      foundedOn
      endedOn
      memberships(activeOn: $today) {
        id
        organisation {
          id
          name
        }
      }
      workingGroups {
        id
        version
        name
        kind
        status
        foundedOn
        endedOn
        statusNote
        members {
          id
          name
        }
        continuedBy {
          id
          name
        }
      }
    }
  }
`);

export const CreateNetworkWorkingGroup = graphql(`
  mutation CreateNetworkWorkingGroup($input: CreateWorkingGroupInput!) {
    createWorkingGroup(input: $input) {
      id
    }
  }
`);

export const UpdateNetworkWorkingGroup = graphql(`
  mutation UpdateNetworkWorkingGroup($id: ID!, $version: Int!, $input: UpdateWorkingGroupInput!) {
    updateWorkingGroup(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);
