import { graphql } from "#graphql";

export const MilestoneContext = graphql(`
  query MilestoneContext($id: ID!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      milestones {
        id
        version
        date
        precision
        title
        description
      }
    }
  }
`);

export const CreateNetworkMilestone = graphql(`
  mutation CreateNetworkMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      id
    }
  }
`);

export const UpdateNetworkMilestone = graphql(`
  mutation UpdateNetworkMilestone($id: ID!, $version: Int!, $input: UpdateMilestoneInput!) {
    updateMilestone(id: $id, version: $version, input: $input) {
      id
      version
      date
      precision
      title
      description
    }
  }
`);

export const RemoveNetworkMilestone = graphql(`
  mutation RemoveNetworkMilestone($id: ID!, $version: Int!) {
    removeMilestone(id: $id, version: $version)
  }
`);
