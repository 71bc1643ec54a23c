import { sql } from 'kysely';
import { firstError } from '../accounts/accounts-fixture';
import { dataOf, expectRefusal } from '../clients/client-record-fixture';
import {
  AddNoteAddendum,
  ChangeNoteFormat,
  RecordNoteExport,
  SaveSessionNote,
  SessionNoteQuery,
  SignSessionNote,
  type SessionNoteFields,
} from './note-documents';
import { startNotesFixture, type NotesFixture } from './notes-fixture';

// Editing, signing and correcting a progress note over HTTP: versions for edits, a signed note
// that never changes whichever way a write comes (the API, or SQL against the trigger), dated
// addenda, and the note's history from the audit trail.

const SIGNED_MESSAGE = 'A signed note never changes: add an addendum';

function edited(note: SessionNoteFields, changes: Readonly<Record<string, string>>) {
  return note.sections.map(({ key, text }) => ({ key, text: changes[key] ?? text }));
}

describe('editing and signing a progress note', () => {
  let fixture: NotesFixture;

  beforeAll(async () => {
    fixture = await startNotesFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  const post: NotesFixture['clinician']['post'] = (...call) => fixture.clinician.post(...call);

  async function newDraft(format?: 'SOAP' | 'DAP' | 'BIRP' | 'GIRP') {
    return fixture.draft((await fixture.endedSession()).sessionId, format);
  }

  async function signed() {
    const draft = await newDraft();
    return dataOf(await post(SignSessionNote, { id: draft.id, version: draft.version }))
      .signSessionNote;
  }

  describe('a draft', () => {
    it('saves its sections over the version it was read at', async () => {
      const draft = await newDraft();
      const sections = edited(draft, { subjective: 'Said the week felt lighter.\nSlept better.' });
      const saved = dataOf(
        await post(SaveSessionNote, { id: draft.id, version: 1, sections }),
      ).saveSessionNote;
      expect(saved.version).toBe(2);
      expect(saved.sections.find((each) => each.key === 'subjective')?.text).toBe(
        'Said the week felt lighter.\nSlept better.',
      );
      expect(saved.history.map((entry) => entry.action)).toStrictEqual(['DRAFTED', 'EDITED']);

      // A save made on version 1 after version 2 exists is a CONFLICT, and changes nothing.
      const row = await fixture.noteRow(draft.id);
      expectRefusal(
        await post(SaveSessionNote, { id: draft.id, version: 1, sections: edited(draft, {}) }),
        'CONFLICT',
        'version',
      );
      expect(await fixture.noteRow(draft.id)).toStrictEqual(row);
    });

    it('takes exactly its format’s sections, each within its limit', async () => {
      const draft = await newDraft('DAP');
      const row = await fixture.noteRow(draft.id);
      const keys = (sections: readonly { key: string }[]) => sections.map((each) => each.key);
      const cases = [
        draft.sections.slice(1),
        [...edited(draft, {}), { key: 'subjective', text: 'Not a DAP section' }],
        [...edited(draft, {}), { key: 'data', text: 'Twice' }],
        edited(draft, { plan: 'x'.repeat(20_001) }),
      ].map((sections) => sections.map(({ key, text }) => ({ key, text })));
      expect(cases.map(keys)[0]).toStrictEqual(['assessment', 'plan']);
      for (const sections of cases) {
        expectRefusal(
          await post(SaveSessionNote, { id: draft.id, version: draft.version, sections }),
          'BAD_USER_INPUT',
          'sections',
        );
      }
      expect(await fixture.noteRow(draft.id)).toStrictEqual(row);
    });

    it('is drafted again from the record in another format', async () => {
      const draft = await newDraft('SOAP');
      const changed = dataOf(
        await post(ChangeNoteFormat, { id: draft.id, version: 1, format: 'BIRP' }),
      ).changeNoteFormat;
      expect(changed).toMatchObject({ format: 'BIRP', version: 2, status: 'DRAFT' });
      expect(changed.sections.map((each) => each.key)).toStrictEqual([
        'behavior',
        'intervention',
        'response',
        'plan',
      ]);
      expect(changed.sections[0]?.text).toMatch(/^Robin attended/);
      expectRefusal(
        await post(ChangeNoteFormat, { id: draft.id, version: 1, format: 'DAP' }),
        'CONFLICT',
        'version',
      );
      const row = await fixture.noteRow(draft.id);
      const unknown = await post(ChangeNoteFormat, { id: draft.id, version: 2, format: 'NOTES' });
      expect(firstError(unknown).code).toBe('BAD_USER_INPUT');
      expect(await fixture.noteRow(draft.id)).toStrictEqual(row);
    });
  });

  describe('signing', () => {
    it('records who signed and when, on the note and the audit trail, in one write', async () => {
      const draft = await newDraft();
      const mark = await fixture.auditMark();
      const note = dataOf(
        await post(SignSessionNote, { id: draft.id, version: 1 }),
      ).signSessionNote;
      expect(note).toMatchObject({
        status: 'SIGNED',
        version: 2,
        signedBy: { id: fixture.clinicianId },
        signedAt: expect.any(String),
      });
      expect(Date.now() - Date.parse(note.signedAt!)).toBeLessThan(60_000);
      expect(await fixture.auditEventsSince(mark)).toStrictEqual([
        {
          action: 'SIGNED',
          entityType: 'SESSION_NOTE',
          entityId: note.id,
          clientId: note.clientId,
          actorId: fixture.clinicianId,
          outcome: 'SUCCESS',
        },
      ]);
    });

    it('refuses an empty note, and a stale version, changing nothing', async () => {
      const draft = await newDraft();
      const blank = dataOf(
        await post(SaveSessionNote, {
          id: draft.id,
          version: 1,
          sections: draft.sections.map(({ key }) => ({ key, text: '  \n ' })),
        }),
      ).saveSessionNote;
      const row = await fixture.noteRow(draft.id);
      const mark = await fixture.auditMark();
      const refused = await post(SignSessionNote, { id: draft.id, version: blank.version });
      expectRefusal(refused, 'BAD_USER_INPUT', 'sections');
      expect(firstError(refused).message).toMatch(/empty note cannot be signed/);
      expectRefusal(
        await post(SignSessionNote, { id: draft.id, version: 1 }),
        'CONFLICT',
        'version',
      );
      expect(await fixture.noteRow(draft.id)).toStrictEqual(row);
      expect(await fixture.auditEventsSince(mark)).toStrictEqual([]);
    });
  });

  describe('a signed note', () => {
    it('never changes through any mutation: save, change of format, signing again', async () => {
      const note = await signed();
      const row = await fixture.noteRow(note.id);
      const counts = await fixture.noteRowCounts();
      const attempts = [
        post(SaveSessionNote, {
          id: note.id,
          version: note.version,
          sections: edited(note, { plan: 'Changed after signing' }),
        }),
        post(SaveSessionNote, { id: note.id, version: 1, sections: edited(note, {}) }),
        post(ChangeNoteFormat, { id: note.id, version: note.version, format: 'DAP' }),
        post(SignSessionNote, { id: note.id, version: note.version }),
      ];
      for (const refused of await Promise.all(attempts)) {
        expectRefusal(refused, 'BAD_USER_INPUT', 'id');
        expect(firstError(refused).message).toBe(SIGNED_MESSAGE);
      }
      expect(await fixture.noteRow(note.id)).toStrictEqual(row);
      expect(await fixture.noteRowCounts()).toStrictEqual(counts);
    });

    it('is kept by the database itself: SQL cannot update or delete it', async () => {
      const note = await signed();
      const row = await fixture.noteRow(note.id);
      const db = fixture.accounts.db;
      await expect(
        db
          .updateTable('session_note')
          .set({ sections: JSON.stringify({ subjective: 'Rewritten' }) })
          .where('id', '=', note.id)
          .execute(),
      ).rejects.toThrow(/signed progress note never changes/);
      await expect(
        sql`UPDATE session_note SET signed_at = NULL, signed_by_id = NULL WHERE id = ${note.id}`.execute(
          db,
        ),
      ).rejects.toThrow(/signed progress note never changes/);
      await expect(
        db.deleteFrom('session_note').where('id', '=', note.id).execute(),
      ).rejects.toThrow(/signed progress note never changes/);
      expect(await fixture.noteRow(note.id)).toStrictEqual(row);
    });
  });

  describe('addenda', () => {
    it('are added to a signed note only, dated and by their author, oldest first', async () => {
      const note = await signed();
      const first = dataOf(
        await post(AddNoteAddendum, { noteId: note.id, text: '  The walk was on Tuesday.  ' }),
      ).addNoteAddendum;
      expect(first).toMatchObject({
        text: 'The walk was on Tuesday.',
        author: { id: fixture.clinicianId },
      });
      expect(Date.now() - Date.parse(first.createdAt)).toBeLessThan(60_000);
      const second = dataOf(
        await post(AddNoteAddendum, { noteId: note.id, text: 'Her sister visited, not her mum.' }),
      ).addNoteAddendum;
      const read = dataOf(await post(SessionNoteQuery, { id: note.id })).sessionNote!;
      expect(read.addenda.map((each) => each.id)).toStrictEqual([first.id, second.id]);
      // The note itself is as it was signed.
      expect(read).toMatchObject({ version: note.version, sections: note.sections });
      await expect(
        fixture.accounts.db
          .updateTable('note_addendum')
          .set({ text: 'Rewritten' })
          .where('id', '=', first.id)
          .execute(),
      ).rejects.toThrow(/addendum never changes/);
    });

    it('are refused on a draft, and when blank or too long, adding nothing', async () => {
      const draft = await newDraft();
      const note = await signed();
      const counts = await fixture.noteRowCounts();
      const onDraft = await post(AddNoteAddendum, { noteId: draft.id, text: 'Too early' });
      expectRefusal(onDraft, 'BAD_USER_INPUT', 'noteId');
      expect(firstError(onDraft).message).toMatch(/Only a signed note takes an addendum/);
      expectRefusal(
        await post(AddNoteAddendum, { noteId: note.id, text: '   ' }),
        'BAD_USER_INPUT',
        'text',
      );
      expectRefusal(
        await post(AddNoteAddendum, { noteId: note.id, text: 'x'.repeat(4001) }),
        'BAD_USER_INPUT',
        'text',
      );
      expectRefusal(
        await fixture.supervisor.post(AddNoteAddendum, {
          noteId: note.id,
          text: 'Supervisor’s view',
        }),
        'FORBIDDEN',
        'noteId',
      );
      expect(await fixture.noteRowCounts()).toStrictEqual(counts);
      expect((await fixture.noteRow(draft.id)).version).toBe(draft.version);
    });
  });

  describe('history and exports', () => {
    it('tells the note’s story from the audit trail: drafted, edited, signed, addenda, exports', async () => {
      const draft = await newDraft();
      const saved = dataOf(
        await post(SaveSessionNote, {
          id: draft.id,
          version: 1,
          sections: edited(draft, { plan: 'Walk to the shop twice.' }),
        }),
      ).saveSessionNote;
      const reformatted = dataOf(
        await post(ChangeNoteFormat, { id: draft.id, version: saved.version, format: 'DAP' }),
      ).changeNoteFormat;
      dataOf(await post(SignSessionNote, { id: draft.id, version: reformatted.version }));
      dataOf(await post(AddNoteAddendum, { noteId: draft.id, text: 'Date corrected.' }));
      const mark = await fixture.auditMark();
      expect(
        dataOf(await post(RecordNoteExport, { id: draft.id, kind: 'MARKDOWN' })),
      ).toStrictEqual({
        recordNoteExport: true,
      });
      // A supervisor may export what they may read; it is on the trail as theirs.
      dataOf(await fixture.supervisor.post(RecordNoteExport, { id: draft.id, kind: 'PRINT' }));
      expect(await fixture.auditEventsSince(mark)).toStrictEqual([
        {
          action: 'EXPORTED',
          entityType: 'SESSION_NOTE',
          entityId: draft.id,
          clientId: draft.clientId,
          actorId: fixture.clinicianId,
          outcome: 'SUCCESS',
        },
        {
          action: 'EXPORTED',
          entityType: 'SESSION_NOTE',
          entityId: draft.id,
          clientId: draft.clientId,
          actorId: fixture.supervisorId,
          outcome: 'SUCCESS',
        },
      ]);

      // Reads (CLIENT_VIEWED) are on the trail too, but not in the note's history.
      const history = dataOf(await post(SessionNoteQuery, { id: draft.id })).sessionNote!.history;
      expect(history.map((entry) => [entry.action, entry.actor?.id])).toStrictEqual([
        ['DRAFTED', fixture.clinicianId],
        ['EDITED', fixture.clinicianId],
        ['EDITED', fixture.clinicianId],
        ['SIGNED', fixture.clinicianId],
        ['ADDENDUM_ADDED', fixture.clinicianId],
        ['EXPORTED', fixture.clinicianId],
        ['EXPORTED', fixture.supervisorId],
      ]);
      const times = history.map((entry) => Date.parse(entry.at));
      expect([...times].sort((a, b) => a - b)).toStrictEqual(times);
    });

    it('reads a note through its client’s record, audited, and refuses others', async () => {
      const note = await signed();
      const mark = await fixture.auditMark();
      dataOf(await post(SessionNoteQuery, { id: note.id }));
      expect(await fixture.auditEventsSince(mark)).toMatchObject([
        { action: 'CLIENT_VIEWED', entityType: 'SESSION_NOTE', entityId: note.id },
      ]);
      // The field is nullable, so a refusal answers null beside its error.
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const unknown = await post(SessionNoteQuery, { id });
        expect(unknown.body.data).toStrictEqual({ sessionNote: null });
        expect(firstError(unknown)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      }
    });
  });
});
