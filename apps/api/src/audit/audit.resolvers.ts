import type { QueryResolvers, Resolvers } from '../__generated__/resolvers-types';
import {
  exportAuditEventsCsv,
  findAuditActor,
  listAuditEvents,
  verifyPracticeAuditChain,
} from './audit.service';

// Read-only on purpose: the schema has no mutation that touches an audit event.

export const auditQueryResolvers: Pick<
  QueryResolvers,
  'auditEvents' | 'auditEventsCsv' | 'verifyAuditChain'
> = {
  auditEvents: (_parent, args, context) => listAuditEvents(context, args),
  auditEventsCsv: (_parent, args, context) => exportAuditEventsCsv(context, args),
  verifyAuditChain: (_parent, _arguments, context) => verifyPracticeAuditChain(context),
};

export const auditTypeResolvers: Pick<Resolvers, 'AuditEvent'> = {
  AuditEvent: {
    actor: (event, _arguments, context) => findAuditActor(context, event),
  },
};
