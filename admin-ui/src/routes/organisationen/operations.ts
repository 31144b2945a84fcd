import { graphql } from "#graphql";

export const OrganisationList = graphql(`
  query OrganisationList($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        sector
        city
        status
        districtKey
      }
    }
  }
`);

export const OrganisationDetail = graphql(`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFacts
      createdAt
      updatedAt
      region {
        key
        name
        kind
      }
      offers {
        id
        title
        kind
        minAge
        maxAge
      }
      memberships {
        id
        role
        since
        until
        network {
          id
          name
        }
      }
    }
  }
`);

export const OrganisationFacts = graphql(`
  fragment OrganisationFacts on Organisation {
    id
    version
    name
    kind
    sector
    districtKey
    street
    postalCode
    city
    website
    email
    status
    region {
      key
    }
  }
`);

/** The stored state of an organisation, read again after a conflict and for the edit form. */
export const OrganisationForEdit = graphql(`
  query OrganisationForEdit($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFacts
    }
  }
`);

/**
 * Contact persons. Their personal data is asked for only when the caller may see it: the graph answers others
 * with a FORBIDDEN error per field, which would turn the whole page into an error.
 */
export const OrganisationContacts = graphql(`
  query OrganisationContacts($id: ID!, $personal: Boolean!) {
    organisation(id: $id) {
      id
      contacts {
        id
        version
        function
        erasedAt
        name @include(if: $personal)
        email @include(if: $personal)
        phone @include(if: $personal)
      }
    }
  }
`);

export const ContactForEdit = graphql(`
  query ContactForEdit($id: ID!) {
    contact(id: $id) {
      id
      version
      function
      name
      email
      phone
    }
  }
`);

export const CreateOrganisation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
    }
  }
`);

export const UpdateOrganisation = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      ...OrganisationFacts
    }
  }
`);

export const ArchiveOrganisation = graphql(`
  mutation ArchiveOrganisation($id: ID!, $version: Int!) {
    archiveOrganisation(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const RestoreOrganisation = graphql(`
  mutation RestoreOrganisation($id: ID!, $version: Int!) {
    restoreOrganisation(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);

export const CreateContact = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      id
    }
  }
`);

export const UpdateContact = graphql(`
  mutation UpdateContact($id: ID!, $version: Int!, $input: UpdateContactInput!) {
    updateContact(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const EraseContact = graphql(`
  mutation EraseContact($id: ID!) {
    eraseContact(id: $id) {
      id
      version
      erasedAt
    }
  }
`);
