import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import argon2 from 'argon2';
import pg from 'pg';

// A practice and one clinician with N clients, each with about 5 goals, 20 milestones (some
// ticked), 30 progress entries and 10 measure responses (PHQ-9, GAD-7 and mood check-ins),
// written straight into the schema of apps/api/src/database/migrations in one transaction.
// Deterministic: every value comes from a seeded generator, and every date is counted back
// from `today`, so the same seed and day give the same practice. Rows go in with one
// INSERT ... SELECT FROM unnest(...) per table and chunk, so 5,000 clients take seconds.
//
//   npx tsx tests/bench/seed-practice.ts --database-url=postgres://... --clients=1000

/** The password of every clinician this generator creates. */
export const BENCH_PASSWORD = 'a quiet harbour at first light';

export interface SeedOptions {
  readonly clients: number;
  /** The generator's seed; the same seed, size and day give the same practice. */
  readonly seed?: number;
  /** 'YYYY-MM-DD' that dates count back from; the UTC day by default. */
  readonly today?: string;
  readonly email?: string;
}

export interface SeededPractice {
  readonly practiceId: string;
  readonly clinicianId: string;
  readonly email: string;
  readonly password: string;
  readonly counts: Readonly<Record<string, number>>;
  readonly milliseconds: number;
}

// ---------------------------------------------------------------------------------------------
// Deterministic values

/** Mulberry32, the generator the demo practice uses (apps/api/src/demo/measure-answers.ts). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Dice {
  /** 0 <= x < 1 */
  (): number;
  integer(from: number, to: number): number;
  pick<T>(items: readonly T[]): T;
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T;
}

function dice(seed: number): Dice {
  const next = seededRandom(seed);
  const roll = (() => next()) as Dice;
  roll.integer = (from, to) => from + Math.floor(next() * (to - from + 1));
  roll.pick = (items) => items[Math.floor(next() * items.length)];
  roll.weighted = <T extends string>(weights: Readonly<Record<T, number>>) => {
    const entries = Object.entries(weights) as [T, number][];
    let remaining = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [value, weight] of entries) {
      remaining -= weight;
      if (remaining < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  return roll;
}

/**
 * A random-looking, unique and repeatable uuid (version 4 layout) for a label: a generator
 * with 32 bits of state would repeat among 400,000 ids, a hash of a counter never does.
 */
function uuidFor(seed: number, label: string): string {
  const hex = createHash('sha256').update(`${seed}:${label}`).digest('hex');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const DAY = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(day) + days * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY);

// prettier-ignore
const FIRST_NAMES = [
  'Ada', 'Alex', 'Amara', 'Ana', 'Ari', 'Bea', 'Ben', 'Cai', 'Cam', 'Chen', 'Dana', 'Dev',
  'Eli', 'Emi', 'Eva', 'Fen', 'Gil', 'Hana', 'Ida', 'Ines', 'Jai', 'Jo', 'Kai', 'Kit', 'Lea',
  'Leo', 'Lin', 'Mae', 'Mai', 'Max', 'Mia', 'Nia', 'Noa', 'Noor', 'Oli', 'Omar', 'Pia',
  'Quinn', 'Rae', 'Ravi', 'Rin', 'Rosa', 'Sam', 'Sana', 'Sol', 'Tam', 'Tess', 'Uma', 'Val',
  'Vik', 'Wren', 'Xia', 'Yara', 'Yui', 'Zed', 'Zoe',
] as const;
const LAST_INITIALS = 'ABCDEFGHIJKLMNOPRSTUVWY'.split('');
const PRONOUNS = ['she/her', 'he/him', 'they/them', 'she/they'] as const;
// prettier-ignore
const DOMAINS = ['MOOD', 'ANXIETY', 'RELATIONSHIPS', 'SELF_CARE', 'WORK_OR_STUDY', 'HEALTH',
  'SUBSTANCE_USE', 'OTHER'] as const;
// prettier-ignore
const CATEGORIES = ['SELF_CARE', 'HYGIENE', 'NUTRITION', 'MOVEMENT', 'CONNECTION', 'BOUNDARIES',
  'COPING_SKILL', 'EMOTIONAL_AWARENESS', 'SELF_COMPASSION', 'SHOWING_UP_TO_THERAPY', 'TASK_DONE',
  'OTHER'] as const;
const GOAL_WORDS = [
  'Get out of the house most mornings',
  'Feel less on edge at work',
  'Sleep through the night more often',
  'Call my sister once a week',
  'Say no without feeling guilty',
  'Cook a proper meal three times a week',
  'Walk to the park and back',
  'Go to the team lunch',
  'Drink less on weeknights',
  'Finish the course I started',
];
const MILESTONE_TITLES = [
  'Set an alarm and get up with it',
  'Write down three worries and one thing to try',
  'Plan the week on Sunday evening',
  'Practise the breathing exercise before the meeting',
  'Message a friend first',
  'Shop for one week of meals',
  'Ten minutes outside every day',
  'Tell my manager what I need',
];
const ENTRY_WORDS = [
  'Went for a walk even though it was raining',
  'Skipped lunch again and felt awful by four',
  'Grateful my neighbour took the bins out',
  'Noticed I was spiralling and stopped to breathe',
  'Said no to extra shifts',
  'Stayed in bed until noon',
  'Cooked dinner for the two of us',
  'Made it to the appointment on time',
];
const MOOD_WORDS = ['tired', 'hopeful', 'flat', 'calm', 'wired', 'okay', 'low', 'steady'];

// ---------------------------------------------------------------------------------------------
// Rows

/** Columns of one table, as parallel arrays (one array per column) for unnest(). */
class Rows {
  readonly columns: Record<string, unknown[]>;
  length = 0;

  constructor(
    readonly table: string,
    /** Column name -> PostgreSQL array type the values are sent as, and an optional cast. */
    readonly types: Readonly<Record<string, string>>,
  ) {
    this.columns = Object.fromEntries(Object.keys(types).map((column) => [column, []]));
  }

  add(row: Readonly<Record<string, unknown>>): void {
    for (const column of Object.keys(this.types)) this.columns[column].push(row[column] ?? null);
    this.length += 1;
  }

  /** Reorders the rows by a column's values (so entries and measures land in date order). */
  sortBy(column: string): void {
    const order = this.columns[column]
      .map((value, index) => ({ value: String(value), index }))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.index - b.index))
      .map(({ index }) => index);
    for (const name of Object.keys(this.columns)) {
      const values = this.columns[name];
      this.columns[name] = order.map((index) => values[index]);
    }
  }

  async insert(client: pg.ClientBase, chunkSize = 20_000): Promise<void> {
    const names = Object.keys(this.types);
    // unnest() takes one-dimensional arrays; a type like 'smallint[]' travels as text[] and
    // is cast back per row.
    const selected = names.map((name, index) => {
      const type = this.types[name];
      return type.endsWith('[]') ? `c${index}::${type}` : `c${index}`;
    });
    const unnested = names.map((name, index) => {
      const type = this.types[name];
      return `$${index + 1}::${type.endsWith('[]') ? 'text' : type}[]`;
    });
    const statement = `INSERT INTO ${this.table} (${names.join(', ')})
      SELECT ${selected.join(', ')}
      FROM unnest(${unnested.join(', ')}) AS t(${names.map((_, index) => `c${index}`).join(', ')})`;
    for (let start = 0; start < this.length; start += chunkSize) {
      await client.query(
        statement,
        names.map((name) => this.columns[name].slice(start, start + chunkSize)),
      );
    }
  }
}

function answersLiteral(answers: readonly number[]): string {
  return `{${answers.join(',')}}`;
}

/** Severity 0..1 spread over `items` answers 0-3 with a little noise. */
function questionnaire(roll: Dice, items: number, severity: number): number[] {
  return Array.from({ length: items }, () =>
    Math.max(0, Math.min(3, Math.round(severity * 3 + (roll() - 0.5) * 1.6))),
  );
}

// ---------------------------------------------------------------------------------------------
// The generator

export async function seedPractice(
  connectionString: string,
  options: SeedOptions,
): Promise<SeededPractice> {
  const started = performance.now();
  const seed = options.seed ?? 20_260_601;
  const size = options.clients;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const email = options.email ?? `bench-${size}@bench.example`;
  const roll = dice(seed * 31 + size);
  const id = (label: string) => uuidFor(seed + size * 1_000_003, label);

  const practiceId = id('practice');
  const clinicianId = id('clinician');

  // prettier-ignore
  const clients = new Rows('client', {
    id: 'uuid', practice_id: 'uuid', primary_clinician_id: 'uuid', preferred_name: 'text',
    pronouns: 'text', status: 'text', started_on: 'date', baseline: 'text',
    baseline_recorded_on: 'date',
  });
  // prettier-ignore
  const statusChanges = new Rows('client_status_change', {
    practice_id: 'uuid', client_id: 'uuid', status: 'text', changed_on: 'date', reason: 'text',
    changed_by_id: 'uuid',
  });
  // prettier-ignore
  const goals = new Rows('goal', {
    id: 'uuid', practice_id: 'uuid', client_id: 'uuid', client_words: 'text', domain: 'text',
    target_date: 'date', weight: 'smallint', status: 'text', position: 'integer',
    created_at: 'timestamptz',
  });
  // prettier-ignore
  const goalChanges = new Rows('goal_status_change', {
    practice_id: 'uuid', goal_id: 'uuid', status: 'text', changed_at: 'timestamptz',
    changed_by_id: 'uuid',
  });
  // prettier-ignore
  const milestones = new Rows('milestone', {
    practice_id: 'uuid', goal_id: 'uuid', title: 'text', due_on: 'date', position: 'integer',
    done_at: 'timestamptz',
  });
  // prettier-ignore
  const entries = new Rows('progress_entry', {
    practice_id: 'uuid', client_id: 'uuid', goal_id: 'uuid', kind: 'text', category: 'text',
    client_words: 'text', is_effort: 'boolean', occurred_on: 'date', created_at: 'timestamptz',
  });
  // prettier-ignore
  const measures = new Rows('measure_response', {
    id: 'uuid', practice_id: 'uuid', client_id: 'uuid', instrument: 'text',
    answers: 'smallint[]', total: 'smallint', administered_on: 'date', has_safety_flag: 'boolean',
    difficulty: 'smallint', mood_word: 'text', administered_by_id: 'uuid',
    created_at: 'timestamptz',
  });
  // prettier-ignore
  const schedules = new Rows('measure_schedule', {
    practice_id: 'uuid', client_id: 'uuid', instrument: 'text', every_weeks: 'smallint',
  });
  const flaggedToReview: string[] = [];
  let milestonesDone = 0;

  for (let index = 0; index < size; index++) {
    const clientId = id(`client:${index}`);
    const status = roll.weighted({ ACTIVE: 85, PAUSED: 10, DISCHARGED: 5 });
    const startedOn = addDays(today, -roll.integer(21, 720));
    const span = Math.max(1, daysBetween(startedOn, today));
    const dayInCare = (share: number) => addDays(startedOn, Math.floor(share * span));
    const hasBaseline = roll() < 0.7;
    clients.add({
      id: clientId,
      practice_id: practiceId,
      primary_clinician_id: clinicianId,
      preferred_name: `${roll.pick(FIRST_NAMES)} ${roll.pick(LAST_INITIALS)}.`,
      pronouns: roll() < 0.55 ? roll.pick(PRONOUNS) : null,
      status,
      started_on: startedOn,
      baseline: hasBaseline ? 'Rarely leaves the flat; sleeping four or five hours' : null,
      baseline_recorded_on: hasBaseline ? startedOn : null,
    });
    statusChanges.add({
      practice_id: practiceId,
      client_id: clientId,
      status: 'ACTIVE',
      changed_on: startedOn,
      changed_by_id: clinicianId,
    });
    if (status !== 'ACTIVE') {
      statusChanges.add({
        practice_id: practiceId,
        client_id: clientId,
        status,
        changed_on: dayInCare(0.9),
        reason: status === 'PAUSED' ? 'Asked for a break over a busy month' : 'Finished the work',
        changed_by_id: clinicianId,
      });
    }

    // About 5 goals (3 to 7), 20 milestones shared out among them.
    const goalCount = roll.integer(3, 7);
    const goalIds: string[] = [];
    const goalStatuses: string[] = [];
    for (let position = 1; position <= goalCount; position++) {
      const goalId = id(`goal:${index}:${position}`);
      const goalStatus = roll.weighted({
        ACTIVE: 65,
        COMPLETED: 15,
        PROPOSED: 8,
        ON_HOLD: 7,
        CANCELLED: 5,
      });
      const setOn = dayInCare(Math.min(0.9, 0.05 * position));
      goalIds.push(goalId);
      goalStatuses.push(goalStatus);
      goals.add({
        id: goalId,
        practice_id: practiceId,
        client_id: clientId,
        client_words: roll.pick(GOAL_WORDS),
        domain: roll.pick(DOMAINS),
        target_date: roll() < 0.6 ? addDays(setOn, roll.integer(60, 180)) : null,
        weight: roll.integer(1, 3),
        status: goalStatus,
        position,
        created_at: `${setOn}T10:00:00Z`,
      });
      goalChanges.add({
        practice_id: practiceId,
        goal_id: goalId,
        status: goalStatus,
        changed_at: `${setOn}T10:00:00Z`,
        changed_by_id: clinicianId,
      });
    }
    for (let milestone = 0; milestone < 20; milestone++) {
      const goal = milestone % goalCount;
      const isDone = goalStatuses[goal] === 'COMPLETED' || roll() < 0.4;
      if (isDone) milestonesDone += 1;
      milestones.add({
        practice_id: practiceId,
        goal_id: goalIds[goal],
        title: roll.pick(MILESTONE_TITLES),
        due_on: roll() < 0.5 ? dayInCare(roll()) : null,
        position: Math.floor(milestone / goalCount) + 1,
        done_at: isDone
          ? `${dayInCare(roll())}T${String(roll.integer(8, 19)).padStart(2, '0')}:30:00Z`
          : null,
      });
    }

    for (let entry = 0; entry < 30; entry++) {
      const occurredOn = dayInCare(roll());
      entries.add({
        practice_id: practiceId,
        client_id: clientId,
        goal_id: roll() < 0.5 ? roll.pick(goalIds) : null,
        kind: roll.weighted({ WIN: 50, SETBACK: 20, GRATITUDE: 15, REFLECTION: 15 }),
        category: roll.pick(CATEGORIES),
        client_words: roll.pick(ENTRY_WORDS),
        is_effort: roll() < 0.25,
        occurred_on: occurredOn,
        created_at: `${occurredOn}T18:00:00Z`,
      });
    }

    // 10 responses: PHQ-9 x4, GAD-7 x3, mood x3, spread over the time in care. Severity starts
    // between mild and severe and either improves or stalls, so some clients are not on track.
    const baselineSeverity = 0.3 + roll() * 0.5;
    const improvement = roll() < 0.6 ? 0.2 + roll() * 0.5 : roll() * 0.1;
    const plan = [
      ...Array.from({ length: 4 }, (_, k) => ({ instrument: 'PHQ9', at: k / 4 })),
      ...Array.from({ length: 3 }, (_, k) => ({ instrument: 'GAD7', at: (k + 0.3) / 3 })),
      ...Array.from({ length: 3 }, (_, k) => ({ instrument: 'MOOD', at: (k + 0.6) / 3 })),
    ];
    for (const [number, { instrument, at }] of plan.entries()) {
      const administeredOn = dayInCare(Math.min(0.99, at));
      const severity = Math.max(0, baselineSeverity - improvement * at);
      let answers: number[];
      let hasSafetyFlag = false;
      if (instrument === 'PHQ9') {
        answers = questionnaire(roll, 8, severity);
        // Item 9 above 0 raises a safety flag (by trigger); about 3% of PHQ-9s.
        const itemNine = roll() < 0.03 ? roll.integer(1, 2) : 0;
        answers.push(itemNine);
        hasSafetyFlag = itemNine > 0;
      } else if (instrument === 'GAD7') {
        answers = questionnaire(roll, 7, severity);
      } else {
        answers = [Math.max(0, Math.min(10, Math.round(10 - severity * 10 + (roll() - 0.5) * 3)))];
      }
      const responseId = id(`measure:${index}:${number}`);
      if (hasSafetyFlag && roll() < 0.5) flaggedToReview.push(responseId);
      measures.add({
        id: responseId,
        practice_id: practiceId,
        client_id: clientId,
        instrument,
        answers: answersLiteral(answers),
        total: answers.reduce((sum, answer) => sum + answer, 0),
        administered_on: administeredOn,
        has_safety_flag: hasSafetyFlag,
        difficulty: instrument === 'PHQ9' && roll() < 0.5 ? roll.integer(0, 3) : null,
        mood_word: instrument === 'MOOD' && roll() < 0.5 ? roll.pick(MOOD_WORDS) : null,
        administered_by_id: clinicianId,
        created_at: `${administeredOn}T11:00:00Z`,
      });
    }
    for (const [instrument, share, everyWeeks] of [
      ['PHQ9', 0.7, 4],
      ['GAD7', 0.4, 4],
      ['MOOD', 0.2, 2],
    ] as const) {
      if (roll() < share) {
        schedules.add({
          practice_id: practiceId,
          client_id: clientId,
          instrument,
          every_weeks: everyWeeks,
        });
      }
    }
  }
  // Entries and measures accumulate day by day across the caseload, not client by client.
  entries.sortBy('created_at');
  measures.sortBy('created_at');

  const passwordHash = await argon2.hash(BENCH_PASSWORD, { type: argon2.argon2id });
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    // The caseload's summaries are rebuilt once at the end, not after every batch (migration 0008).
    await client.query(`SET LOCAL waypoint.bulk_load = 'on'`);
    await client.query('INSERT INTO practice (id, name) VALUES ($1, $2)', [
      practiceId,
      `Bench practice of ${size}`,
    ]);
    await client.query(
      `INSERT INTO clinician (id, practice_id, email, display_name, role, password_hash)
       VALUES ($1, $2, $3, $4, 'CLINICIAN', $5)`,
      [clinicianId, practiceId, email, `Clinician of ${size}`, passwordHash],
    );
    for (const rows of [
      clients,
      statusChanges,
      goals,
      goalChanges,
      milestones,
      entries,
      measures,
      schedules,
    ]) {
      await rows.insert(client);
    }
    // The trigger raised a flag for each item 9 above 0; about half have been reviewed.
    await client.query(
      `UPDATE safety_flag
         SET reviewed_at = now(), reviewed_by_id = $1, review_note = 'Talked it through in session'
       WHERE measure_response_id = ANY($2::uuid[])`,
      [clinicianId, flaggedToReview],
    );
    // Statistics first: without them the rebuild's per-client lookups are planned as scans.
    await client.query('ANALYZE');
    await client.query(
      'SELECT refresh_client_summaries(ARRAY(SELECT id FROM client WHERE practice_id = $1))',
      [practiceId],
    );
    const flags = await client.query<{ count: string }>(
      'SELECT count(*) FROM safety_flag WHERE practice_id = $1',
      [practiceId],
    );
    await client.query('COMMIT');
    // Fresh planner statistics, as autovacuum would have by the time a practice is this big.
    await client.query('ANALYZE');
    return {
      practiceId,
      clinicianId,
      email,
      password: BENCH_PASSWORD,
      counts: {
        clients: clients.length,
        goals: goals.length,
        milestones: milestones.length,
        milestonesDone,
        progressEntries: entries.length,
        measureResponses: measures.length,
        safetyFlags: Number(flags.rows[0].count),
        schedules: schedules.length,
      },
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

// `npx tsx tests/bench/seed-practice.ts --database-url=... --clients=N [--seed=S]`
if (require.main === module) {
  const argument = (name: string) =>
    process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
  const databaseUrl = argument('database-url') ?? process.env['DATABASE_URL'];
  if (!databaseUrl) {
    console.error('usage: seed-practice.ts --database-url=postgres://... --clients=N [--seed=S]');
    process.exit(2);
  }
  seedPractice(databaseUrl, {
    clients: Number(argument('clients') ?? 100),
    seed: argument('seed') === undefined ? undefined : Number(argument('seed')),
  }).then(
    (seeded) => console.log(JSON.stringify(seeded, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
