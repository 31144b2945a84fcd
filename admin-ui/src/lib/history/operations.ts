import { graphql } from "#graphql";

// Each subgraph keeps the history of its own records; the interface asks the one that owns the record.
export const OrganisationsHistory = graphql(`
  query OrganisationsHistory($entityType: String!, $entityId: ID!, $after: String) {
    trail: organisationsAuditTrail(entityType: $entityType, entityId: $entityId, first: 50, after: $after) {
      ...HistoryPage
    }
  }
`);

export const NetworksHistory = graphql(`
  query NetworksHistory($entityType: String!, $entityId: ID!, $after: String) {
    trail: networksAuditTrail(entityType: $entityType, entityId: $entityId, first: 50, after: $after) {
      ...HistoryPage
    }
  }
`);

export const BudgetsHistory = graphql(`
  query BudgetsHistory($entityType: String!, $entityId: ID!, $after: String) {
    trail: budgetsAuditTrail(entityType: $entityType, entityId: $entityId, first: 50, after: $after) {
      ...HistoryPage
    }
  }
`);

export const HistoryPage = graphql(`
  fragment HistoryPage on AuditEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      subject
      role
      callerDistrictKey
      action
      reason
      changes {
        field
        before
        after
      }
    }
  }
`);

// The records a page of history refers to, named in one request (the ids come from that page's changes).
export const HistoryNames = graphql(`
  query HistoryNames($organisationIds: [ID!]!, $networkIds: [ID!]!, $contactIds: [ID!]!, $regionKeys: [String!]!) {
    organisations(first: 100, filter: { ids: $organisationIds }) {
      nodes {
        id
        name
      }
    }
    networks(first: 100, filter: { ids: $networkIds }) {
      nodes {
        id
        name
      }
    }
    contacts(ids: $contactIds) {
      id
      function
      organisation {
        name
      }
    }
    regions(keys: $regionKeys) {
      key
      name
    }
  }
`);
