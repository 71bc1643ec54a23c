import http from 'node:http';
import { sql } from 'kysely';
import type { NoteFormat } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS } from '../accounts/accounts-fixture';
import {
  AddMilestone,
  RecordGasReview,
  type ClientFields,
  type GoalFields,
  type MilestoneFields,
} from '../clients/client-documents';
import {
  dataOf,
  daysFromToday,
  startClientRecordFixture,
  type ClientRecordFixture,
} from '../clients/client-record-fixture';
import { RecordMeasure, SetMeasureSchedule } from '../measures/measure-documents';
import { gad7Answers, phq9Answers } from '../measures/measures-fixture';
import {
  EndSession,
  LogInSession,
  MeasureInSession,
  RecordPromptAnswer,
  SaveSessionNotes,
  StartSession,
  TickInSession,
} from '../sessions/session-documents';
import { DraftSessionNote, type SessionNoteFields } from './note-documents';

// A Waypoint with the demo practice, and what the note tests need: a session with a bit of
// everything recorded in it, drafts, the note tables behind the API, and downloads over GET.

/** The words of the rich session, so tests can look for them in notes, letters and PDFs. */
export const RICH = {
  preferredName: 'Robin',
  shopGoal: 'Get to the shop on my own',
  sleepGoal: 'Sleep through the night',
  milestones: [
    'Open the curtains every morning',
    'Walk to the end of the road',
    'Go into the shop',
  ],
  sleepMilestone: 'Phone out of the bedroom',
  win: 'I opened the curtains every morning this week',
  setback: 'Turned back at the corner',
  answer: 'I went out before I could talk myself out of it',
  sessionNotes: 'Practised grounding together.',
} as const;

/** What a rich session left behind. */
export interface RichSession {
  readonly client: ClientFields;
  readonly shopGoal: GoalFields;
  readonly milestones: readonly MilestoneFields[];
  readonly sessionId: string;
  /** The session's calendar day (UTC), as notes and file names name it. */
  readonly sessionDay: string;
}

/** An HTTP response read whole. */
export interface Download {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface NotesFixture extends ClientRecordFixture {
  /** The demo supervisor (who supervises the demo clinician), signed in. */
  readonly supervisor: GraphqlSession;
  /** A client with two goals, a baseline PHQ-9, and an ended session with everything in it. */
  richSession(): Promise<RichSession>;
  /** A new client of the demo clinician with one ended session. */
  endedSession(): Promise<{ clientId: string; sessionId: string }>;
  /** Drafts a session's note as the demo clinician. */
  draft(sessionId: string, format?: NoteFormat): Promise<SessionNoteFields>;
  /** A note's row as stored, to show that a refused write changed nothing. */
  noteRow(noteId: string): Promise<{
    version: number;
    format: string;
    sections: Record<string, string>;
    updated_at: Date;
    signed_at: Date | null;
  }>;
  /** Row counts of the note tables. */
  noteRowCounts(): Promise<Readonly<Record<string, number>>>;
  /** GETs a path as a browser holding this session's cookie (none when `session` is null). */
  download(session: GraphqlSession | null, path: string): Promise<Download>;
}

/** Starts a Waypoint for one test file; call `stop` in afterAll. */
export async function startNotesFixture(): Promise<NotesFixture> {
  const records = await startClientRecordFixture();
  const supervisor = await records.accounts.signedIn(DEMO_EMAILS.supervisor);
  const post: GraphqlSession['post'] = (...call) => records.clinician.post(...call);
  const db = () => records.accounts.db;

  async function start(clientId: string, startedAt: Date) {
    return dataOf(
      await post(StartSession, {
        input: { clientId, modality: 'VIDEO', startedAt: startedAt.toISOString() },
      }),
    ).startSession;
  }

  return {
    ...records,
    supervisor,
    async richSession() {
      const client = await records.newClient({
        preferredName: RICH.preferredName,
        pronouns: 'she/her',
      });
      const shopGoal = await records.newGoal(client.id, { clientWords: RICH.shopGoal });
      const sleepGoal = await records.newGoal(client.id, { clientWords: RICH.sleepGoal });
      const milestones: MilestoneFields[] = [];
      for (const title of RICH.milestones) {
        milestones.push(
          dataOf(await post(AddMilestone, { goalId: shopGoal.id, input: { title } })).addMilestone,
        );
      }
      dataOf(
        await post(AddMilestone, { goalId: sleepGoal.id, input: { title: RICH.sleepMilestone } }),
      );
      dataOf(
        await post(RecordMeasure, {
          input: {
            clientId: client.id,
            instrument: 'PHQ9',
            answers: phq9Answers(18),
            administeredOn: daysFromToday(-30),
          },
        }),
      );
      dataOf(
        await post(SetMeasureSchedule, {
          clientId: client.id,
          instrument: 'PHQ9',
          everyWeeks: 4,
        }),
      );

      const session = await start(client.id, new Date(Date.now() - 50 * 60_000));
      const sessionId = session.id;
      const sessionDay = session.startedAt.slice(0, 10);
      dataOf(
        await post(MeasureInSession, {
          input: {
            clientId: client.id,
            instrument: 'MOOD',
            answers: [6],
            moodWord: 'hopeful',
            sessionId,
          },
        }),
      );
      for (const milestone of milestones.slice(0, 2)) {
        dataOf(await post(TickInSession, { id: milestone.id, sessionId }));
      }
      for (const [kind, clientWords] of [
        ['WIN', RICH.win],
        ['SETBACK', RICH.setback],
      ] as const) {
        // About the goal: the session's entries count toward the goals worked on.
        const input = { kind, category: 'MOVEMENT', clientWords, goalId: shopGoal.id };
        dataOf(await post(LogInSession, { clientId: client.id, input, sessionId }));
      }
      for (const [instrument, answers] of [
        ['PHQ9', phq9Answers(9)],
        ['GAD7', gad7Answers(8)],
      ] as const) {
        dataOf(
          await post(MeasureInSession, {
            input: { clientId: client.id, instrument, answers, sessionId },
          }),
        );
      }
      dataOf(
        await post(RecordPromptAnswer, {
          sessionId,
          promptId: 'builtin-exceptions-different-this-week',
          answer: RICH.answer,
        }),
      );
      dataOf(
        await post(RecordGasReview, {
          input: {
            clientId: client.id,
            reviewedOn: sessionDay,
            ratings: [{ goalId: shopGoal.id, level: 1 }],
          },
        }),
      );
      dataOf(await post(SaveSessionNotes, { id: sessionId, notes: RICH.sessionNotes }));
      dataOf(await post(EndSession, { id: sessionId }));
      return { client, shopGoal, milestones, sessionId, sessionDay };
    },
    async endedSession() {
      const client = await records.newClient();
      const session = await start(client.id, new Date(Date.now() - 45 * 60_000));
      dataOf(await post(EndSession, { id: session.id }));
      return { clientId: client.id, sessionId: session.id };
    },
    async draft(sessionId, format) {
      return dataOf(await post(DraftSessionNote, { sessionId, format })).draftSessionNote;
    },
    async noteRow(noteId) {
      return db()
        .selectFrom('session_note')
        .select(['version', 'format', 'sections', 'updated_at', 'signed_at'])
        .where('id', '=', noteId)
        .executeTakeFirstOrThrow();
    },
    async noteRowCounts() {
      const counts: Record<string, number> = {};
      for (const table of ['session_note', 'note_addendum', 'private_note'] as const) {
        const { rows } = await sql<{
          count: string;
        }>`SELECT count(*) AS count FROM ${sql.table(table)}`.execute(db());
        counts[table] = Number(rows[0]?.count);
      }
      return counts;
    },
    download(session, path) {
      const token = session?.cookie('waypoint_session') ?? null;
      return new Promise((resolve, reject) => {
        const request = http.get(
          `${records.accounts.waypoint.url}${path}`,
          { headers: token ? { cookie: `waypoint_session=${token}` } : {} },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks),
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
      });
    },
  };
}
