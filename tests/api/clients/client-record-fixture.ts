import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { AuditAction, AuditOutcome, GoalStatus } from '@waypoint/shared';
import type { GraphqlHttpResponse } from '../../support/graphql-http';
import type { GraphqlSession } from '../../support/graphql-session';
import { CreateAccount, SetPassword } from '../accounts/account-documents';
import {
  DEMO_EMAILS,
  firstError,
  startAccountsFixture,
  type AccountsFixture,
} from '../accounts/accounts-fixture';
import {
  CreateClient,
  CreateGoal,
  type ClientFields,
  type CreateClientInput,
  type GasLevelsFields,
  type GoalFields,
  type GoalInput,
} from './client-documents';

// A Waypoint with the demo practice, signed in as its clinician, with what the client record
// tests need to look behind the API: row counts, the audit trail, and a second practice.

/** The tables a client's record is written to. */
export const RECORD_TABLES = [
  'client',
  'client_status_change',
  'goal',
  'goal_status_change',
  'milestone',
  'progress_entry',
  'gas_review',
  'gas_rating',
] as const;

/** How many rows each record table holds, and how many successful audit events there are. */
export type RowCounts = Readonly<Record<string, number>>;

/** One audit event as the tests compare it. */
export interface AuditRow {
  readonly action: AuditAction;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly clientId: string | null;
  readonly actorId: string | null;
  readonly outcome: AuditOutcome;
}

/** GAS level descriptions good enough to rate a goal against. */
export const GAS_LEVELS: GasLevelsFields = {
  muchLess: 'Not leaving the house at all',
  less: 'A walk once a week',
  expected: 'A walk three times a week',
  more: 'A walk most days',
  muchMore: 'A walk every day, with a friend',
};

const SECOND_CLINICIAN_PASSWORD = 'copper meadow signal drift';

export interface ClientRecordFixture {
  readonly accounts: AccountsFixture;
  /** The demo clinician, signed in. */
  readonly clinician: GraphqlSession;
  readonly clinicianId: string;
  readonly supervisorId: string;
  readonly practiceId: string;
  /** Adds a client to the demo clinician's caseload, started 60 days ago unless told. */
  newClient(input?: Partial<CreateClientInput>): Promise<ClientFields>;
  /** Sets a GAS-described goal with a client: active unless told otherwise. */
  newGoal(clientId: string, goal?: Partial<GoalInput>, status?: GoalStatus): Promise<GoalFields>;
  /** The row counts of the record tables, to show that a refusal wrote nothing. */
  rowCounts(): Promise<RowCounts>;
  /** The demo practice's latest audit sequence: a mark to list later events from. */
  auditMark(): Promise<number>;
  /** The demo practice's audit events after a mark, oldest first. */
  auditEventsSince(mark: number): Promise<AuditRow[]>;
  /** A client of another practice, with a goal, written straight into the database. */
  otherPracticeClient(): Promise<{ practiceId: string; clientId: string; goalId: string }>;
  /** A new clinician of the demo practice, created by its admin and signed in. */
  secondClinician(email: string): Promise<{ id: string; session: GraphqlSession }>;
  stop(): Promise<void>;
}

function clientInput(input: Partial<CreateClientInput>): CreateClientInput {
  return { preferredName: 'Robin', startedOn: daysFromToday(-60), ...input };
}

/** Starts a Waypoint for one test file; call `stop` in afterAll. */
export async function startClientRecordFixture(): Promise<ClientRecordFixture> {
  const accounts = await startAccountsFixture();
  const clinician = await accounts.signedIn(DEMO_EMAILS.clinician);
  const clinicianId = await accounts.idOf(DEMO_EMAILS.clinician);
  const supervisorId = await accounts.idOf(DEMO_EMAILS.supervisor);
  const { practice_id: practiceId } = await accounts.db
    .selectFrom('clinician')
    .select('practice_id')
    .where('id', '=', clinicianId)
    .executeTakeFirstOrThrow();
  const db = () => accounts.db;

  return {
    accounts,
    clinician,
    clinicianId,
    supervisorId,
    practiceId,
    async newClient(input = {}) {
      const created = await clinician.post(CreateClient, { input: clientInput(input) });
      return dataOf(created).createClient;
    },
    async newGoal(clientId, goal = {}, status) {
      const created = await clinician.post(CreateGoal, {
        input: {
          clientId,
          status,
          goal: {
            clientWords: 'Get outside more',
            domain: 'MOOD',
            gasLevels: GAS_LEVELS,
            ...goal,
          },
        },
      });
      return dataOf(created).createGoal;
    },
    async rowCounts() {
      const counts: Record<string, number> = {};
      for (const table of RECORD_TABLES) {
        const { rows } = await sql<{
          count: string;
        }>`SELECT count(*) AS count FROM ${sql.table(table)}`.execute(db());
        counts[table] = Number(rows[0]?.count);
      }
      const audited = await db()
        .selectFrom('audit_event')
        .select(sql<string>`count(*)`.as('count'))
        .where('outcome', '=', 'SUCCESS')
        .executeTakeFirstOrThrow();
      return { ...counts, successfulAuditEvents: Number(audited.count) };
    },
    async auditMark() {
      const row = await db()
        .selectFrom('audit_event')
        .select(sql<number>`coalesce(max(sequence), 0)`.as('sequence'))
        .where('chain_id', '=', practiceId)
        .executeTakeFirstOrThrow();
      return Number(row.sequence);
    },
    auditEventsSince(mark) {
      return db()
        .selectFrom('audit_event')
        .select([
          'action',
          'entity_type as entityType',
          'entity_id as entityId',
          'client_id as clientId',
          'actor_id as actorId',
          'outcome',
        ])
        .where('chain_id', '=', practiceId)
        .where('sequence', '>', mark)
        .orderBy('sequence')
        .execute();
    },
    async otherPracticeClient() {
      const practice = await db()
        .insertInto('practice')
        .values({ name: 'Elsewhere Therapy' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const owner = await db()
        .insertInto('clinician')
        .values({
          practice_id: practice.id,
          email: `clinician.${practice.id}@elsewhere.example`,
          display_name: 'Elsewhere clinician',
          role: 'CLINICIAN',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const client = await db()
        .insertInto('client')
        .values({
          practice_id: practice.id,
          primary_clinician_id: owner.id,
          preferred_name: 'Someone elsewhere',
          started_on: daysFromToday(-30),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const goal = await db()
        .insertInto('goal')
        .values({
          practice_id: practice.id,
          client_id: client.id,
          client_words: 'A goal elsewhere',
          domain: 'MOOD',
          status: 'ACTIVE',
          gas_levels: JSON.stringify(GAS_LEVELS),
          position: 1,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { practiceId: practice.id, clientId: client.id, goalId: goal.id };
    },
    async secondClinician(email) {
      const admin = await accounts.signedIn(DEMO_EMAILS.admin);
      const created = await admin.post(CreateAccount, {
        input: { email, displayName: 'Sam Okoro', role: 'CLINICIAN' },
      });
      const link = dataOf(created).createAccount;
      const token = new URL(link.url).searchParams.get('token') ?? '';
      const set = await accounts
        .browser()
        .post(SetPassword, { token, password: SECOND_CLINICIAN_PASSWORD });
      expect(dataOf(set).setPassword).toBe(true);
      const session = await accounts.signedIn(email, SECOND_CLINICIAN_PASSWORD);
      return { id: link.clinician.id, session };
    },
    stop: () => accounts.stop(),
  };
}

/** The UTC calendar day `days` from today (negative for the past), as the server counts days. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The data of a response that must have succeeded, narrowed to non-null. */
export function dataOf<TData>(response: GraphqlHttpResponse<TData>): TData {
  expect(response.body.errors).toBeUndefined();
  const data = response.body.data;
  assert(data, 'the response carries data');
  return data;
}

/** Expects a refusal with this code (and field, when the error names one) and no data. */
export function expectRefusal(
  response: GraphqlHttpResponse<unknown>,
  code: string,
  field?: string,
): void {
  expect(response.status).toBe(200);
  expect(response.body.data ?? null).toBeNull();
  const error = firstError(response);
  expect({ code: error.code, field: error.field }).toStrictEqual({ code, field });
}
