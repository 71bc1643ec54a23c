import { sql } from 'kysely';
import type { ClientFields } from '../clients/client-documents';
import {
  dataOf,
  daysFromToday,
  startClientRecordFixture,
  type ClientRecordFixture,
} from '../clients/client-record-fixture';
import {
  CaseloadMeasures,
  ClientMeasures,
  RecordMeasure,
  type CaseloadMeasureFields,
  type ClientMeasuresFields,
  type MeasureResponseFields,
  type RecordMeasureInput,
} from './measure-documents';

// The client record fixture with what the measure tests need on top: measures recorded in one
// call, answers that add up to a chosen total, and the measure tables' row counts.

/** The tables measures are written to. */
const MEASURE_TABLES = ['measure_response', 'safety_flag', 'measure_schedule'] as const;

export interface MeasuresFixture extends ClientRecordFixture {
  /** Records a measure as the demo clinician; the call must succeed. */
  record(input: RecordMeasureInput): Promise<MeasureResponseFields>;
  /**
   * Records complete PHQ-9s (or GAD-7s) with these totals, oldest first, `everyDays` apart
   * (7 unless told) with the last `lastDaysAgo` days ago (today unless told).
   */
  recordTotals(
    clientId: string,
    instrument: 'PHQ9' | 'GAD7',
    totals: readonly number[],
    spacing?: { readonly lastDaysAgo?: number; readonly everyDays?: number },
  ): Promise<MeasureResponseFields[]>;
  /** A new client of the demo clinician, started `daysAgo` days ago. */
  clientStartedDaysAgo(daysAgo: number, preferredName?: string): Promise<ClientFields>;
  /** The client's measures as their record shows them to the demo clinician. */
  measuresOf(clientId: string): Promise<ClientMeasuresFields>;
  /** The client as the demo clinician's caseload lists them. */
  caseloadEntry(clientId: string): Promise<CaseloadMeasureFields>;
  /** Row counts of the measure tables and of successful audit events. */
  measureRowCounts(): Promise<Readonly<Record<string, number>>>;
}

/** PHQ-9 answers adding up to `total`, with item 9 (self-harm) answered `itemNine`. */
export function phq9Answers(total: number, itemNine = 0): number[] {
  return [...spread(total - itemNine, 8), itemNine];
}

/** GAD-7 answers adding up to `total`. */
export function gad7Answers(total: number): number[] {
  return spread(total, 7);
}

function spread(total: number, items: number): number[] {
  if (total < 0 || total > items * 3) throw new RangeError(`${items} items cannot make ${total}`);
  return Array.from({ length: items }, (_item, index) =>
    Math.max(0, Math.min(3, total - 3 * index)),
  );
}

/** Starts a Waypoint for one test file; call `stop` in afterAll. */
export async function startMeasuresFixture(): Promise<MeasuresFixture> {
  const records = await startClientRecordFixture();
  const { clinician } = records;

  const fixture: MeasuresFixture = {
    ...records,
    async record(input) {
      return dataOf(await clinician.post(RecordMeasure, { input })).recordMeasure;
    },
    async recordTotals(clientId, instrument, totals, { lastDaysAgo = 0, everyDays = 7 } = {}) {
      const recorded: MeasureResponseFields[] = [];
      for (const [index, total] of totals.entries()) {
        const daysAgo = lastDaysAgo + everyDays * (totals.length - 1 - index);
        recorded.push(
          await fixture.record({
            clientId,
            instrument,
            answers: instrument === 'PHQ9' ? phq9Answers(total) : gad7Answers(total),
            administeredOn: daysFromToday(-daysAgo),
          }),
        );
      }
      return recorded;
    },
    clientStartedDaysAgo(daysAgo, preferredName = 'Robin') {
      return records.newClient({ preferredName, startedOn: daysFromToday(-daysAgo) });
    },
    async measuresOf(clientId) {
      return dataOf(await clinician.post(ClientMeasures, { id: clientId })).client;
    },
    async caseloadEntry(clientId) {
      const { caseload } = dataOf(await clinician.post(CaseloadMeasures));
      const entry = caseload.find((client) => client.id === clientId);
      if (!entry) throw new Error(`The caseload does not list client ${clientId}`);
      return entry;
    },
    async measureRowCounts() {
      const db = records.accounts.db;
      const counts: Record<string, number> = {};
      for (const table of MEASURE_TABLES) {
        const { rows } = await sql<{
          count: string;
        }>`SELECT count(*) AS count FROM ${sql.table(table)}`.execute(db);
        counts[table] = Number(rows[0]?.count);
      }
      const audited = await db
        .selectFrom('audit_event')
        .select(sql<string>`count(*)`.as('count'))
        .where('outcome', '=', 'SUCCESS')
        .executeTakeFirstOrThrow();
      return { ...counts, successfulAuditEvents: Number(audited.count) };
    },
  };
  return fixture;
}
