import { graphql } from "#graphql";

export const Experts = graphql(`
  query Experts($activeOnly: Boolean!) {
    experts(activeOnly: $activeOnly) {
      id
      version
      name
      professions
      active
      updatedAt
    }
  }
`);

export const CreateExpert = graphql(`
  mutation CreateExpert($input: CreateExpertInput!) {
    createExpert(input: $input) {
      id
      version
      name
      professions
      active
    }
  }
`);

export const UpdateExpert = graphql(`
  mutation UpdateExpert($id: ID!, $version: Int!, $input: UpdateExpertInput!) {
    updateExpert(id: $id, version: $version, input: $input) {
      id
      version
      name
      professions
      active
    }
  }
`);
