import { graphql } from "#graphql";

// One offer with its provider: an archived offer is still shown, and the provider's district decides who edits it.
export const OfferDetail = graphql(`
  query OfferDetail($id: ID!) {
    offer(id: $id) {
      id
      version
      title
      kind
      minAge
      maxAge
      status
      region {
        key
        name
      }
      provider {
        id
        name
        districtKey
      }
    }
  }
`);

export const CreateOffer = graphql(`
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      id
    }
  }
`);

export const UpdateOffer = graphql(`
  mutation UpdateOffer($id: ID!, $version: Int!, $input: UpdateOfferInput!) {
    updateOffer(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const ArchiveOffer = graphql(`
  mutation ArchiveOffer($id: ID!, $version: Int!) {
    archiveOffer(id: $id, version: $version) {
      id
      version
      status
    }
  }
`);
