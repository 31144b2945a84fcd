import { graphql } from "#graphql";

export const NetworkPlan = graphql(`
  query NetworkPlan($id: ID!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      priorities {
        id
        version
        year
        kind
        title
      }
      goals {
        id
        version
        title
        scope
        state
        year
      }
    }
  }
`);

export const CreateNetworkPriority = graphql(`
  mutation CreateNetworkPriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      id
    }
  }
`);

export const UpdateNetworkPriority = graphql(`
  mutation UpdateNetworkPriority($id: ID!, $version: Int!, $input: UpdatePriorityInput!) {
    updatePriority(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const RemoveNetworkPriority = graphql(`
  mutation RemoveNetworkPriority($id: ID!, $version: Int!) {
    removePriority(id: $id, version: $version)
  }
`);

export const CreateNetworkGoal = graphql(`
  mutation CreateNetworkGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
    }
  }
`);

export const UpdateNetworkGoal = graphql(`
  mutation UpdateNetworkGoal($id: ID!, $version: Int!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) {
      id
    }
  }
`);

export const RemoveNetworkGoal = graphql(`
  mutation RemoveNetworkGoal($id: ID!, $version: Int!) {
    removeGoal(id: $id, version: $version)
  }
`);
