import { dataOf, daysFromToday, expectRefusal } from '../clients/client-record-fixture';
import {
  ProgressLetterQuery,
  SavePrivateNote,
  SessionNotes,
  SignSessionNote,
} from './note-documents';
import { startNotesFixture, type NotesFixture } from './notes-fixture';
import { pdfText } from './pdf-text';

// Private psychotherapy notes over HTTP: the author's alone, versioned, audited when read, and
// never part of a progress note, a letter or a PDF.

const PRIVATE_WORDS = 'Private hypothesis: the sister’s visit stirred old grief';

describe('private notes', () => {
  let fixture: NotesFixture;

  beforeAll(async () => {
    fixture = await startNotesFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('are saved once per session and author, then over their version', async () => {
    const { clientId, sessionId } = await fixture.endedSession();
    const mark = await fixture.auditMark();
    const created = dataOf(
      await fixture.clinician.post(SavePrivateNote, { sessionId, text: 'First thoughts' }),
    ).savePrivateNote;
    expect(created).toMatchObject({ sessionId, text: 'First thoughts', version: 1 });
    const updated = dataOf(
      await fixture.clinician.post(SavePrivateNote, {
        sessionId,
        text: 'Second thoughts',
        version: 1,
      }),
    ).savePrivateNote;
    expect(updated).toMatchObject({ id: created.id, text: 'Second thoughts', version: 2 });
    expect(await fixture.auditEventsSince(mark)).toMatchObject([
      { action: 'CREATED', entityType: 'PRIVATE_NOTE', entityId: created.id, clientId },
      { action: 'UPDATED', entityType: 'PRIVATE_NOTE', entityId: created.id, clientId },
    ]);

    // A stale version, or a second first save (another tab), is a CONFLICT and changes nothing.
    const counts = await fixture.noteRowCounts();
    expectRefusal(
      await fixture.clinician.post(SavePrivateNote, { sessionId, text: 'Stale', version: 1 }),
      'CONFLICT',
      'version',
    );
    expectRefusal(
      await fixture.clinician.post(SavePrivateNote, { sessionId, text: 'Another tab' }),
      'CONFLICT',
      'version',
    );
    expectRefusal(
      await fixture.clinician.post(SavePrivateNote, {
        sessionId,
        text: 'x'.repeat(20_001),
        version: 2,
      }),
      'BAD_USER_INPUT',
      'text',
    );
    expect(await fixture.noteRowCounts()).toStrictEqual(counts);
    const read = dataOf(await fixture.clinician.post(SessionNotes, { id: sessionId }));
    expect(read.therapySession?.privateNote).toMatchObject({ text: 'Second thoughts', version: 2 });
  });

  it('are read by their author, audited; a supervisor gets null, not an error', async () => {
    const { sessionId, clientId } = await fixture.endedSession();
    const note = dataOf(
      await fixture.clinician.post(SavePrivateNote, { sessionId, text: PRIVATE_WORDS }),
    ).savePrivateNote;

    const mark = await fixture.auditMark();
    const own = await fixture.clinician.post(SessionNotes, { id: sessionId });
    expect(dataOf(own).therapySession?.privateNote?.text).toBe(PRIVATE_WORDS);
    expect(await fixture.auditEventsSince(mark)).toStrictEqual([
      expect.objectContaining({ action: 'CLIENT_VIEWED', entityType: 'SESSION' }),
      {
        action: 'CLIENT_VIEWED',
        entityType: 'PRIVATE_NOTE',
        entityId: note.id,
        clientId,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      },
    ]);

    const afterOwn = await fixture.auditMark();
    const supervised = await fixture.supervisor.post(SessionNotes, { id: sessionId });
    expect(supervised.body.errors).toBeUndefined();
    expect(dataOf(supervised).therapySession).toMatchObject({ id: sessionId, privateNote: null });
    // The supervisor read the session, and never the private note.
    const events = await fixture.auditEventsSince(afterOwn);
    expect(events.filter((event) => event.entityType === 'PRIVATE_NOTE')).toStrictEqual([]);
    expectRefusal(
      await fixture.supervisor.post(SavePrivateNote, { sessionId, text: 'Mine' }),
      'FORBIDDEN',
      'sessionId',
    );
  });

  it('are never part of the progress note, the letter or a PDF', async () => {
    const rich = await fixture.richSession();
    dataOf(
      await fixture.clinician.post(SavePrivateNote, {
        sessionId: rich.sessionId,
        text: PRIVATE_WORDS,
      }),
    );
    const note = await fixture.draft(rich.sessionId);
    const noteText = note.sections.map((section) => section.text).join('\n');
    expect(noteText).toContain(rich.shopGoal.clientWords);
    expect(noteText).not.toContain('sister’s visit');
    dataOf(await fixture.clinician.post(SignSessionNote, { id: note.id, version: note.version }));

    const range = { from: daysFromToday(-60), to: daysFromToday(0) };
    const letter = dataOf(
      await fixture.clinician.post(ProgressLetterQuery, {
        clientId: rich.client.id,
        ...range,
        includeScores: true,
      }),
    ).progressLetter;
    expect(letter.paragraphs.join('\n')).not.toContain('sister’s visit');

    const notePdf = await fixture.download(fixture.clinician, `/exports/notes/${note.id}.pdf`);
    expect(notePdf.status).toBe(200);
    expect(pdfText(notePdf.body)).toContain(rich.shopGoal.clientWords);
    const letterPdf = await fixture.download(
      fixture.clinician,
      `/exports/progress-letters/${rich.client.id}.pdf?from=${range.from}&to=${range.to}&includeScores=true`,
    );
    expect(letterPdf.status).toBe(200);
    for (const pdf of [notePdf, letterPdf]) {
      expect(pdfText(pdf.body)).not.toContain('sister');
      expect(pdf.body.toString('latin1')).not.toContain('sister');
    }
  });
});
