import { NOTE_SECTIONS } from '@waypoint/shared';
import { dataOf, expectRefusal } from '../clients/client-record-fixture';
import { firstError } from '../accounts/accounts-fixture';
import { RecordMeasure, ReviewSafetyFlag } from '../measures/measure-documents';
import { phq9Answers } from '../measures/measures-fixture';
import { ClientMeasures } from '../measures/measure-documents';
import { EndSession, MeasureInSession, StartSession } from '../sessions/session-documents';
import {
  ClientNotes,
  DraftSessionNote,
  SessionNotes,
  SetDefaultNoteFormat,
  ViewerNoteFormat,
  type SessionNoteFields,
} from './note-documents';
import { RICH, startNotesFixture, type NotesFixture } from './notes-fixture';

// Drafting a progress note from what was recorded in a session, over HTTP: the composer's
// sentences filled from the real record, in the clinician's chosen format.

function section(note: SessionNoteFields, key: string): string {
  const found = note.sections.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`the note has a ${key} section`);
  return found.text;
}

describe('drafting a progress note', () => {
  let fixture: NotesFixture;

  beforeAll(async () => {
    fixture = await startNotesFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('drafts from the session: the client’s words, milestones, measures, ratings and the plan', async () => {
    const rich = await fixture.richSession();
    const mark = await fixture.auditMark();
    const note = await fixture.draft(rich.sessionId);

    expect(note).toMatchObject({
      sessionId: rich.sessionId,
      clientId: rich.client.id,
      format: 'SOAP',
      status: 'DRAFT',
      version: 1,
      signedAt: null,
      signedBy: null,
      addenda: [],
      author: { id: fixture.clinicianId },
    });
    expect(note.sections.map(({ key, title }) => ({ key, title }))).toStrictEqual(
      NOTE_SECTIONS.SOAP.map(({ key, title }) => ({ key, title })),
    );
    const subjective = section(note, 'subjective');
    expect(subjective).toContain('Mood check-in 6/10 (“hopeful”).');
    expect(subjective).toContain(
      `Robin shared a small win toward “${RICH.shopGoal}”: “${RICH.win}”.`,
    );
    expect(subjective).toContain(
      `Robin noted a setback on the way to “${RICH.shopGoal}”: “${RICH.setback}”.`,
    );
    expect(subjective).toContain(
      `When asked “What did you do differently this week?”, Robin said: “${RICH.answer}”.`,
    );
    expect(subjective).toContain(RICH.sessionNotes);

    const objective = section(note, 'objective');
    expect(objective).toMatch(/^Robin attended a \d+-minute video session on \d+ \w+ \d{4}\./);
    expect(objective).toContain(
      'PHQ-9 total 9 (mild), 9 points lower than at baseline: reliable improvement.',
    );
    expect(objective).toContain('GAD-7 total 8 (mild), the baseline score.');
    for (const title of RICH.milestones.slice(0, 2)) {
      expect(objective).toContain(`Ticked off “${title}” toward “${RICH.shopGoal}”.`);
    }
    expect(objective).toContain(
      `GAS rating for “${RICH.shopGoal}”: +1, somewhat more than expected (“A walk most days”).`,
    );

    const assessment = section(note, 'assessment');
    expect(assessment).toContain('PHQ-9 item 9 answered 0.');
    expect(assessment).toContain(
      'Recorded in this session: 1 small win, 1 setback and 2 milestones ticked.',
    );
    expect(assessment).toContain(
      `“${RICH.shopGoal}”: 2 of 3 milestones ticked, 2 this session; 1 small win and 1 setback logged; GAS +1, somewhat more than expected.`,
    );
    // The sleep goal had nothing in this session: it is not among the goals worked on.
    expect(assessment).not.toContain(`“${RICH.sleepGoal}”:`);

    const plan = section(note, 'plan');
    expect(plan).toContain(`Next milestone toward “${RICH.shopGoal}”: “${RICH.milestones[2]}”.`);
    expect(plan).toContain(`Next milestone toward “${RICH.sleepGoal}”: “${RICH.sleepMilestone}”.`);
    expect(plan).toMatch(/Next PHQ-9 due on \d+ \w+ \d{4}\./);
    expect(plan).toContain('No next session date was recorded.');

    // One transaction, one event: CREATED on the note.
    expect(await fixture.auditEventsSince(mark)).toStrictEqual([
      {
        action: 'CREATED',
        entityType: 'SESSION_NOTE',
        entityId: note.id,
        clientId: rich.client.id,
        actorId: fixture.clinicianId,
        outcome: 'SUCCESS',
      },
    ]);
    expect(note.history).toStrictEqual([
      { action: 'DRAFTED', at: expect.any(String), actor: { id: fixture.clinicianId } },
    ]);
  });

  it('is listed on the session and the client, and counted until it is signed', async () => {
    const { clientId, sessionId } = await fixture.endedSession();
    const before = dataOf(await fixture.clinician.post(ClientNotes, { id: clientId })).client;
    expect(before).toMatchObject({ notesToSignCount: 0, notes: [] });
    const note = await fixture.draft(sessionId);
    const session = dataOf(await fixture.clinician.post(SessionNotes, { id: sessionId }));
    expect(session.therapySession?.note).toStrictEqual({ id: note.id, status: 'DRAFT' });
    const after = dataOf(await fixture.clinician.post(ClientNotes, { id: clientId })).client;
    expect(after).toMatchObject({
      notesToSignCount: 1,
      notes: [{ id: note.id, status: 'DRAFT', session: { id: sessionId } }],
    });
  });

  it('uses the clinician’s default format, or the one asked for', async () => {
    const viewer = dataOf(await fixture.clinician.post(ViewerNoteFormat)).viewer;
    expect(viewer?.clinician.defaultNoteFormat).toBe('SOAP');
    const set = dataOf(await fixture.clinician.post(SetDefaultNoteFormat, { format: 'DAP' }));
    expect(set.setDefaultNoteFormat).toStrictEqual({
      id: fixture.clinicianId,
      defaultNoteFormat: 'DAP',
    });
    try {
      const byDefault = await fixture.draft((await fixture.endedSession()).sessionId);
      expect(byDefault.sections.map((each) => each.key)).toStrictEqual([
        'data',
        'assessment',
        'plan',
      ]);
      const asked = await fixture.draft((await fixture.endedSession()).sessionId, 'GIRP');
      expect(asked.format).toBe('GIRP');
      expect(asked.sections.map((each) => each.key)).toStrictEqual([
        'goals',
        'intervention',
        'response',
        'plan',
      ]);
    } finally {
      await fixture.clinician.post(SetDefaultNoteFormat, { format: 'SOAP' });
    }
  });

  it('returns the note already drafted, unchanged, when asked again', async () => {
    const { sessionId } = await fixture.endedSession();
    const first = await fixture.draft(sessionId, 'BIRP');
    const counts = await fixture.noteRowCounts();
    const mark = await fixture.auditMark();
    const again = await Promise.all([
      fixture.draft(sessionId, 'SOAP'),
      fixture.draft(sessionId),
      fixture.draft(sessionId, 'DAP'),
    ]);
    for (const note of again) {
      expect(note).toMatchObject({ id: first.id, version: 1, format: 'BIRP' });
    }
    expect(await fixture.noteRowCounts()).toStrictEqual(counts);
    expect(await fixture.auditEventsSince(mark)).toStrictEqual([]);
  });

  it('drafts only once the session has ended', async () => {
    const client = await fixture.newClient();
    const session = dataOf(
      await fixture.clinician.post(StartSession, {
        input: { clientId: client.id, modality: 'PHONE' },
      }),
    ).startSession;
    const counts = await fixture.noteRowCounts();
    const refused = await fixture.clinician.post(DraftSessionNote, { sessionId: session.id });
    expectRefusal(refused, 'BAD_USER_INPUT', 'sessionId');
    expect(firstError(refused).message).toBe('End the session first');
    expect(await fixture.noteRowCounts()).toStrictEqual(counts);
  });

  it('refuses an unknown format with a clear error, drafting nothing', async () => {
    const { sessionId } = await fixture.endedSession();
    const counts = await fixture.noteRowCounts();
    const refused = await fixture.clinician.postRaw(
      JSON.stringify({
        query:
          'mutation ($sessionId: ID!, $format: NoteFormat) { draftSessionNote(sessionId: $sessionId, format: $format) { id } }',
        variables: { sessionId, format: 'SOAPY' },
      }),
    );
    expect(firstError(refused).code).toBe('BAD_USER_INPUT');
    expect(firstError(refused).message).toMatch(/SOAPY/);
    expect(await fixture.noteRowCounts()).toStrictEqual(counts);
  });

  it('names a safety flag raised in the session and its review, reviewer and note', async () => {
    const { clientId, sessionId: earlier } = await fixture.endedSession();
    expect(earlier).toBeTruthy();
    const session = dataOf(
      await fixture.clinician.post(StartSession, {
        input: {
          clientId,
          modality: 'IN_PERSON',
          startedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
        },
      }),
    ).startSession;
    dataOf(
      await fixture.clinician.post(MeasureInSession, {
        input: { clientId, instrument: 'PHQ9', answers: phq9Answers(14, 1), sessionId: session.id },
      }),
    );
    const measures = dataOf(await fixture.clinician.post(ClientMeasures, { id: clientId })).client;
    const flag = measures.safetyFlags[0]!;
    dataOf(
      await fixture.clinician.post(ReviewSafetyFlag, {
        id: flag.id,
        note: 'Talked it through; no plan or intent; safety plan updated.',
      }),
    );
    dataOf(await fixture.clinician.post(EndSession, { id: session.id }));
    const viewer = dataOf(await fixture.clinician.post(ViewerNoteFormat)).viewer!;

    const note = await fixture.draft(session.id);
    const assessment = section(note, 'assessment');
    expect(assessment).toMatch(
      new RegExp(
        `^PHQ-9 item 9 answered above 0 on \\d+ \\w+ \\d{4}; safety reviewed on \\d+ \\w+ \\d{4} by ${viewer.clinician.displayName}: “Talked it through; no plan or intent; safety plan updated.”`,
      ),
    );
    expect(section(note, 'plan')).toMatch(/^Safety: PHQ-9 item 9 answered above 0/);
  });

  it('mentions a flag still waiting for review, even from before the session', async () => {
    const client = await fixture.newClient();
    dataOf(
      await fixture.clinician.post(RecordMeasure, {
        input: { clientId: client.id, instrument: 'PHQ9', answers: phq9Answers(12, 2) },
      }),
    );
    const session = dataOf(
      await fixture.clinician.post(StartSession, {
        input: { clientId: client.id, modality: 'VIDEO' },
      }),
    ).startSession;
    dataOf(await fixture.clinician.post(EndSession, { id: session.id }));
    const note = await fixture.draft(session.id);
    expect(section(note, 'plan')).toMatch(
      /^Safety: PHQ-9 item 9 answered above 0 on \d+ \w+ \d{4}; safety review not yet recorded\. Record the safety review\./,
    );
  });

  it('lets the supervisor read the note but not draft one', async () => {
    const { sessionId } = await fixture.endedSession();
    expectRefusal(
      await fixture.supervisor.post(DraftSessionNote, { sessionId }),
      'FORBIDDEN',
      'sessionId',
    );
    const note = await fixture.draft(sessionId);
    const read = dataOf(await fixture.supervisor.post(SessionNotes, { id: sessionId }));
    expect(read.therapySession?.note?.id).toBe(note.id);
  });
});
