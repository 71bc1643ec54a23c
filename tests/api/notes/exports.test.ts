import { sql } from 'kysely';
import { dataOf, daysFromToday } from '../clients/client-record-fixture';
import { EndSession, LogInSession, StartSession } from '../sessions/session-documents';
import { AddNoteAddendum, SignSessionNote } from './note-documents';
import { RICH, startNotesFixture, type Download, type NotesFixture } from './notes-fixture';
import { pdfLines, pdfText } from './pdf-text';

// The PDF downloads over GET with the session cookie: the same checks and audit as GraphQL,
// files without names in them, and refusals in the API's JSON error shape.

function errorOf(download: Download): { code: string; message: string } {
  expect(download.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(download.body.toString('utf8')) as {
    errors: { message: string; extensions: { code: string } }[];
  };
  return { code: body.errors[0]!.extensions.code, message: body.errors[0]!.message };
}

describe('PDF exports', () => {
  let fixture: NotesFixture;

  beforeAll(async () => {
    fixture = await startNotesFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  async function deniedCount(): Promise<number> {
    const row = await fixture.accounts.db
      .selectFrom('audit_event')
      .select(sql<string>`count(*)`.as('count'))
      .where('action', '=', 'PERMISSION_DENIED')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async function signedRichNote() {
    const rich = await fixture.richSession();
    const draft = await fixture.draft(rich.sessionId);
    const note = dataOf(
      await fixture.clinician.post(SignSessionNote, { id: draft.id, version: draft.version }),
    ).signSessionNote;
    return { rich, note };
  }

  describe('a progress note', () => {
    it('downloads as a PDF holding the note’s sections, addenda and signature; audited', async () => {
      const { rich, note } = await signedRichNote();
      dataOf(
        await fixture.clinician.post(AddNoteAddendum, {
          noteId: note.id,
          text: 'Corrected: the walk was on Tuesday.',
        }),
      );
      const mark = await fixture.auditMark();
      const pdf = await fixture.download(fixture.clinician, `/exports/notes/${note.id}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(
        `attachment; filename="progress-note-${rich.sessionDay}.pdf"`,
      );
      expect(pdf.headers['cache-control']).toBe('no-store');
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const lines = pdfLines(pdf.body);
      expect(lines.slice(0, 2)).toStrictEqual(['Progress note', `Client: ${RICH.preferredName}`]);
      expect(lines).toEqual(
        expect.arrayContaining(['Subjective', 'Objective', 'Assessment', 'Plan']),
      );
      const text = pdfText(pdf.body);
      expect(text).toContain(`Ticked off “${RICH.milestones[0]}” toward “${RICH.shopGoal}”.`);
      expect(text).toContain(RICH.win);
      expect(text).toContain('PHQ-9 total 9 (mild), 9 points lower than at baseline');
      expect(text).toContain('Corrected: the walk was on Tuesday.');
      expect(text).toMatch(/Signed by .+ on \d+ \w+ \d{4} at \d\d:\d\d UTC\./);
      expect(await fixture.auditEventsSince(mark)).toStrictEqual([
        {
          action: 'EXPORTED',
          entityType: 'SESSION_NOTE',
          entityId: note.id,
          clientId: rich.client.id,
          actorId: fixture.clinicianId,
          outcome: 'SUCCESS',
        },
      ]);
    });

    it('says when it is still a draft, and the supervisor may download it', async () => {
      const { sessionId } = await fixture.endedSession();
      const draft = await fixture.draft(sessionId);
      const pdf = await fixture.download(fixture.supervisor, `/exports/notes/${draft.id}.pdf`);
      expect(pdf.status).toBe(200);
      expect(pdfLines(pdf.body)).toContain('Draft: not signed.');
    });

    it('keeps going past characters the PDF font cannot show', async () => {
      const client = await fixture.newClient({ preferredName: 'Zoë Ődön 🌱' });
      const goal = await fixture.newGoal(client.id, { clientWords: 'Call Оля every week ✓' });
      const session = dataOf(
        await fixture.clinician.post(StartSession, {
          input: { clientId: client.id, modality: 'VIDEO' },
        }),
      ).startSession;
      const input = {
        kind: 'WIN',
        category: 'CONNECTION',
        clientWords: 'Called her 📞 — “it went well” → again soon',
        goalId: goal.id,
      } as const;
      dataOf(
        await fixture.clinician.post(LogInSession, {
          clientId: client.id,
          input,
          sessionId: session.id,
        }),
      );
      dataOf(await fixture.clinician.post(EndSession, { id: session.id }));
      const draft = await fixture.draft(session.id);
      const pdf = await fixture.download(fixture.clinician, `/exports/notes/${draft.id}.pdf`);
      expect(pdf.status).toBe(200);
      // Accents WinAnsi has stay, others lose them; what it cannot show at all becomes "?".
      expect(pdfLines(pdf.body)).toContain('Client: Zoë Odön ?');
      const text = pdfText(pdf.body);
      expect(text).toContain('“Call ??? every week ?”');
      expect(text).toContain('“Called her ? — “it went well” -> again soon”');
    });

    it('refuses without a session (401), an unknown or other practice’s note (404), and a colleague (403)', async () => {
      const { sessionId } = await fixture.endedSession();
      const draft = await fixture.draft(sessionId);
      const path = `/exports/notes/${draft.id}.pdf`;

      const anonymous = await fixture.download(null, path);
      expect(anonymous.status).toBe(401);
      expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
      expect(anonymous.headers['cache-control']).toBe('no-store');

      const unknown = await fixture.download(
        fixture.clinician,
        '/exports/notes/00000000-0000-4000-8000-000000000000.pdf',
      );
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown)).toStrictEqual({
        code: 'NOT_FOUND',
        message: 'Progress note not found',
      });

      // Another practice's note answers exactly as an unknown one, and is audited.
      const elsewhere = await fixture.otherPracticeClient();
      const db = fixture.accounts.db;
      const owner = await db
        .selectFrom('client')
        .select('primary_clinician_id')
        .where('id', '=', elsewhere.clientId)
        .executeTakeFirstOrThrow();
      const otherSession = await db
        .insertInto('therapy_session')
        .values({
          practice_id: elsewhere.practiceId,
          client_id: elsewhere.clientId,
          clinician_id: owner.primary_clinician_id,
          modality: 'PHONE',
          started_at: new Date(Date.now() - 3_600_000),
          ended_at: new Date(Date.now() - 600_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const otherNote = await db
        .insertInto('session_note')
        .values({
          practice_id: elsewhere.practiceId,
          client_id: elsewhere.clientId,
          session_id: otherSession.id,
          author_id: owner.primary_clinician_id,
          format: 'SOAP',
          sections: JSON.stringify({ subjective: 'Elsewhere' }),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const denied = await deniedCount();
      const foreign = await fixture.download(
        fixture.clinician,
        `/exports/notes/${otherNote.id}.pdf`,
      );
      expect(foreign.status).toBe(404);
      expect(errorOf(foreign)).toStrictEqual(errorOf(unknown));
      expect(await deniedCount()).toBe(denied + 1);

      const colleague = await fixture.secondClinician(`exports-${Date.now()}@waypoint.example`);
      const mark = await fixture.auditMark();
      const forbidden = await fixture.download(colleague.session, path);
      expect(forbidden.status).toBe(403);
      expect(errorOf(forbidden).code).toBe('FORBIDDEN');
      expect(await fixture.auditEventsSince(mark)).toStrictEqual([
        {
          action: 'PERMISSION_DENIED',
          entityType: 'SESSION_NOTE',
          entityId: draft.id,
          clientId: draft.clientId,
          actorId: colleague.id,
          outcome: 'DENIED',
        },
      ]);
    });
  });

  describe('a progress letter', () => {
    it('downloads as a PDF of the letter, scores only when asked; audited', async () => {
      const { rich } = await signedRichNote();
      const from = daysFromToday(-60);
      const to = daysFromToday(0);
      const base = `/exports/progress-letters/${rich.client.id}.pdf?from=${from}&to=${to}`;
      const mark = await fixture.auditMark();
      const withScores = await fixture.download(fixture.clinician, `${base}&includeScores=true`);
      expect(withScores.status).toBe(200);
      expect(withScores.headers['content-type']).toBe('application/pdf');
      expect(withScores.headers['content-disposition']).toBe(
        `attachment; filename="progress-letter-${from}-to-${to}.pdf"`,
      );
      expect(withScores.headers['cache-control']).toBe('no-store');
      const text = pdfText(withScores.body);
      expect(pdfLines(withScores.body)[0]).toBe('Dear Robin,');
      expect(text).toContain(RICH.win);
      expect(text).toContain(RICH.shopGoal);
      expect(text).toContain(RICH.milestones[0]);
      expect(text).toContain('your score went down from 18 to 9');
      expect(text).not.toContain(RICH.setback);

      const withoutScores = await fixture.download(fixture.clinician, base);
      expect(withoutScores.status).toBe(200);
      expect(pdfText(withoutScores.body)).not.toMatch(/questionnaire|score/);
      expect(await fixture.auditEventsSince(mark)).toMatchObject([
        { action: 'EXPORTED', entityType: 'PROGRESS_LETTER', entityId: rich.client.id },
        { action: 'EXPORTED', entityType: 'PROGRESS_LETTER', entityId: rich.client.id },
      ]);
    });

    it('refuses a bad range or flag (400) and an unknown client (404)', async () => {
      const client = await fixture.newClient();
      const path = `/exports/progress-letters/${client.id}.pdf`;
      const backwards = await fixture.download(
        fixture.clinician,
        `${path}?from=2026-06-01&to=2026-05-01`,
      );
      expect(backwards.status).toBe(400);
      expect(errorOf(backwards).code).toBe('BAD_USER_INPUT');
      const missing = await fixture.download(fixture.clinician, `${path}?to=2026-05-01`);
      expect(missing.status).toBe(400);
      const flag = await fixture.download(
        fixture.clinician,
        `${path}?from=2026-05-01&to=2026-06-01&includeScores=yes`,
      );
      expect(flag.status).toBe(400);
      const unknown = await fixture.download(
        fixture.clinician,
        '/exports/progress-letters/00000000-0000-4000-8000-000000000000.pdf?from=2026-05-01&to=2026-06-01',
      );
      expect(unknown.status).toBe(404);
      expect(errorOf(unknown).code).toBe('NOT_FOUND');
      const anonymous = await fixture.download(null, `${path}?from=2026-05-01&to=2026-06-01`);
      expect(anonymous.status).toBe(401);
    });
  });
});
