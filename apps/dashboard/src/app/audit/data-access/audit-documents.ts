import {
  AuditActorsDocument,
  AuditEventsCsvDocument,
  AuditEventsDocument,
  VerifyAuditChainDocument,
} from '../../__generated__/graphql';
import type { AuditEventsQuery } from '../../__generated__/graphql';

/** One page of the practice's audit events, filtered and sorted on the server. */
export const auditEventsDocument = AuditEventsDocument;

/** The people who can appear as actors, for the actor filter. */
export const auditActorsDocument = AuditActorsDocument;

/** The matching events as CSV, for download. */
export const auditEventsCsvDocument = AuditEventsCsvDocument;

/** Walks the practice's hash chain and reports the first break, if any. */
export const verifyAuditChainDocument = VerifyAuditChainDocument;

/** One audit event as the audit log shows it. */
export type AuditEventRow = AuditEventsQuery['auditEvents']['events'][number];
