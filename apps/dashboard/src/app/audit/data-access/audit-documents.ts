import { graphql } from '../../__generated__';
import type { AuditEventsQuery } from '../../__generated__/graphql';

/** One page of the practice's audit events, filtered and sorted on the server. */
export const auditEventsDocument = graphql(`
  query AuditEvents($filter: AuditEventFilter, $sort: AuditEventSort, $offset: Int, $limit: Int) {
    auditEvents(filter: $filter, sort: $sort, offset: $offset, limit: $limit) {
      totalCount
      events {
        id
        sequence
        occurredAt
        actor {
          id
          displayName
        }
        action
        entityType
        entityId
        clientId
        requestId
        outcome
      }
    }
  }
`);

/** The people who can appear as actors, for the actor filter. */
export const auditActorsDocument = graphql(`
  query AuditActors {
    accounts {
      id
      displayName
    }
  }
`);

/** The matching events as CSV, for download. */
export const auditEventsCsvDocument = graphql(`
  query AuditEventsCsv($filter: AuditEventFilter, $sort: AuditEventSort) {
    auditEventsCsv(filter: $filter, sort: $sort)
  }
`);

/** Walks the practice's hash chain and reports the first break, if any. */
export const verifyAuditChainDocument = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      isIntact
      checkedCount
      firstBrokenSequence
      reason
    }
  }
`);

/** One audit event as the audit log shows it. */
export type AuditEventRow = AuditEventsQuery['auditEvents']['events'][number];
