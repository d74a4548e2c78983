import { graphql } from "../generated";

export const auditEventsQuery = graphql(`
  query AuditEvents($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          occurredAt
          actorRole
          operation
          targetType
          targetId
          changedFields
          requestId
          actor {
            id
            name
            email
          }
        }
      }
    }
  }
`);
