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
