import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Clinician } from '@waypoint/shared';
import { findCliniciansInPractice } from '../auth/account.repository';
import type { Database } from '../database/tables';
import type { RequestContext } from '../graphql/context';

/**
 * Per-request reader of the clinicians who acted in audit events. Its DataLoader batches every
 * actor a page asks for into one statement, so a page of 200 events costs one query for actors.
 */
export class AuditActorReader {
  readonly #actors: DataLoader<string, Clinician | null>;

  constructor(db: Kysely<Database>, practiceId: string) {
    this.#actors = new DataLoader(async (clinicianIds) => {
      const actors = await findCliniciansInPractice(db, practiceId, clinicianIds);
      const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
      return clinicianIds.map((id) => actorsById.get(id) ?? null);
    });
  }

  /** The clinician of the reader's practice with this id, or null. */
  actor(clinicianId: string): Promise<Clinician | null> {
    return this.#actors.load(clinicianId);
  }
}

// One reader per request, made on first use: the context object lives exactly as long as the
// request, so cached rows are never shared between requests and need no cleaning up.
const readersByRequest = new WeakMap<RequestContext, AuditActorReader>();

/** The request's actor reader for the given practice, created the first time it is asked for. */
export function auditActorReaderFor(context: RequestContext, practiceId: string): AuditActorReader {
  let reader = readersByRequest.get(context);
  if (!reader) {
    reader = new AuditActorReader(context.db, practiceId);
    readersByRequest.set(context, reader);
  }
  return reader;
}
