import { graphql } from "#graphql";

// Every membership, former ones too: the add page marks who is a member already, the edit page finds its own.
export const MembershipContext = graphql(`
  query MembershipContext($id: ID!) {
    network(id: $id) {
      id
      name
      responsibleDistrictKey
      foundedOn
      endedOn
      memberships {
        id
        version
        role
        since
        until
        organisation {
          id
          name
        }
      }
    }
  }
`);

/** Organisations to add: the first page of a search is enough, the person narrows it by name, kind or district. */
export const MemberCandidates = graphql(`
  query MemberCandidates($first: Int!, $filter: OrganisationFilter) {
    organisations(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        name
        kind
        city
      }
    }
  }
`);

export const AddNetworkMember = graphql(`
  mutation AddNetworkMember($input: AddMembershipInput!) {
    addMembership(input: $input) {
      id
    }
  }
`);

export const UpdateNetworkMembership = graphql(`
  mutation UpdateNetworkMembership($id: ID!, $version: Int!, $input: UpdateMembershipInput!) {
    updateMembership(id: $id, version: $version, input: $input) {
      id
      version
      role
      since
      until
    }
  }
`);

export const EndNetworkMembership = graphql(`
  mutation EndNetworkMembership($id: ID!, $version: Int!, $input: EndMembershipInput!) {
    endMembership(id: $id, version: $version, input: $input) {
      id
      version
      until
    }
  }
`);
