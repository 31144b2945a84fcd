import { graphql } from "#graphql";

export const AgreementFacts = graphql(`
  fragment AgreementFacts on CooperationAgreement {
    id
    version
    title
    legalBasis
    status
    signedOn
    validUntil
    keeper {
      id
      name
      districtKey
    }
    parties {
      id
      name
    }
  }
`);

/**
 * The agreements an organisation is a party to, and those kept in its district: the service filters by party or
 * district only, so the list picks those the organisation keeps from the latter. Without their parties: a page
 * of agreements with every party's name costs more than the graph answers in one query.
 */
export const OrganisationAgreements = graphql(`
  query OrganisationAgreements($id: ID!, $districtKey: String!, $hasDistrict: Boolean!) {
    asParty: cooperationAgreements(first: 100, filter: { organisationId: $id }) {
      nodes {
        ...AgreementRow
      }
    }
    inDistrict: cooperationAgreements(first: 100, filter: { districtKey: $districtKey }) @include(if: $hasDistrict) {
      nodes {
        ...AgreementRow
      }
    }
  }
`);

export const AgreementRow = graphql(`
  fragment AgreementRow on CooperationAgreement {
    id
    title
    legalBasis
    status
    signedOn
    validUntil
    keeper {
      id
    }
  }
`);

export const AgreementDetail = graphql(`
  query AgreementDetail($id: ID!) {
    cooperationAgreement(id: $id) {
      ...AgreementFacts
    }
  }
`);

/** Parties to choose: the first matches of a name search are enough, the person narrows the name. */
export const PartyCandidates = graphql(`
  query PartyCandidates($search: String!) {
    organisations(first: 20, filter: { search: $search }) {
      totalCount
      nodes {
        id
        name
        city
      }
    }
  }
`);

export const CreateCooperationAgreement = graphql(`
  mutation CreateCooperationAgreement($input: CreateAgreementInput!) {
    createCooperationAgreement(input: $input) {
      id
    }
  }
`);

export const UpdateCooperationAgreement = graphql(`
  mutation UpdateCooperationAgreement($id: ID!, $version: Int!, $input: UpdateAgreementInput!) {
    updateCooperationAgreement(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);
