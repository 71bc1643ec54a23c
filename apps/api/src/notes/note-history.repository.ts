import { sql } from 'kysely';
import type { Executor } from '../database/tables';
import { isRecordId } from '../graphql/ids';
import type { NoteHistoryRecord } from './note-records';

// A note's history is not stored twice: it is read from the audit trail, which every write to
// a note or its addenda appends to in the write's own transaction (migration 0007 indexes the
// trail by entity for this).

// What each audit event on a note, or on one of its addenda, means in the note's history.
// Reads (CLIENT_VIEWED) and refusals are not part of a note's history.
const HISTORY_ACTIONS = {
  'SESSION_NOTE CREATED': 'DRAFTED',
  'SESSION_NOTE UPDATED': 'EDITED',
  'SESSION_NOTE SIGNED': 'SIGNED',
  'SESSION_NOTE EXPORTED': 'EXPORTED',
  'NOTE_ADDENDUM CREATED': 'ADDENDUM_ADDED',
} as const satisfies Record<string, NoteHistoryRecord['action']>;

/** The histories of many notes of one practice from its audit trail, oldest first, in one statement. */
export async function listNoteHistories(
  db: Executor,
  practiceId: string,
  noteIds: readonly string[],
): Promise<NoteHistoryRecord[]> {
  const ids = noteIds.filter(isRecordId).map((id) => id.toLowerCase());
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('audit_event')
    .leftJoin('note_addendum', (join) =>
      join
        .on('audit_event.entity_type', '=', 'NOTE_ADDENDUM')
        .on(sql<string>`note_addendum.id::text`, '=', sql.ref('audit_event.entity_id')),
    )
    .select([
      sql<string>`coalesce(note_addendum.note_id::text, audit_event.entity_id)`.as('noteId'),
      'audit_event.entity_type as entityType',
      'audit_event.action',
      'audit_event.occurred_at as at',
      'audit_event.actor_id as actorId',
    ])
    .where('audit_event.chain_id', '=', practiceId)
    .where('audit_event.outcome', '=', 'SUCCESS')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('audit_event.entity_type', '=', 'SESSION_NOTE'),
          eb('audit_event.entity_id', 'in', ids),
          eb('audit_event.action', 'in', ['CREATED', 'UPDATED', 'SIGNED', 'EXPORTED']),
        ]),
        eb.and([
          eb('audit_event.entity_type', '=', 'NOTE_ADDENDUM'),
          eb('audit_event.action', '=', 'CREATED'),
          eb(
            'audit_event.entity_id',
            'in',
            eb
              .selectFrom('note_addendum as addendum')
              .select(sql<string>`addendum.id::text`.as('id'))
              .where('addendum.note_id', 'in', ids),
          ),
        ]),
      ]),
    )
    .orderBy('audit_event.sequence')
    .execute();
  return rows.flatMap((row) => {
    const action =
      HISTORY_ACTIONS[`${row.entityType} ${row.action}` as keyof typeof HISTORY_ACTIONS];
    return action ? [{ noteId: row.noteId, action, at: row.at, actorId: row.actorId }] : [];
  });
}
