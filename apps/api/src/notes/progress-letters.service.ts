import { isIsoDate, STANDARD_MEASURES, type Client, type ProgressEntry } from '@waypoint/shared';
import { auditActorReaderFor } from '../audit/audit-actor-reader';
import { recordAuditEvent } from '../audit/audit-trail';
import { requireViewer } from '../auth/authorize';
import { readableClient, recordEvent } from '../clients/client-access';
import type { RequestContext } from '../graphql/context';
import { apiError } from '../graphql/errors';
import { writeProgressLetter, type LetterScore, type ProgressLetterFacts } from './progress-letter';

// The progress letter for a date range, from the client's record: read by whoever may read
// the record, and audited like any read (or as an export, for the PDF). The words are chosen
// by the pure writer in progress-letter.ts; this file only gathers the facts.

/** A letter as the contract answers it. */
export interface ProgressLetter {
  readonly clientId: string;
  readonly from: string;
  readonly to: string;
  readonly paragraphs: string[];
}

/** The range of a letter; `to` before `from` is refused naming `to`. */
export interface LetterRange {
  readonly from: string;
  readonly to: string;
  readonly includeScores: boolean;
}

/** The letter for a range, read through the client's record; audited as a read or an export. */
export async function progressLetterOf(
  context: RequestContext,
  clientId: string,
  range: LetterRange,
  action: 'CLIENT_VIEWED' | 'EXPORTED' = 'CLIENT_VIEWED',
): Promise<{ letter: ProgressLetter; client: Client }> {
  const viewer = requireViewer(context);
  checkRange(range);
  const client = await readableClient(context, viewer, clientId, 'clientId');
  const paragraphs = writeProgressLetter(await letterFacts(context, client, range));
  await recordAuditEvent(
    context.db,
    recordEvent(context, viewer, action, 'PROGRESS_LETTER', client.id, client.id),
  );
  return { letter: { clientId: client.id, from: range.from, to: range.to, paragraphs }, client };
}

function checkRange(range: LetterRange): void {
  if (!isIsoDate(range.from)) {
    throw apiError('BAD_USER_INPUT', 'The first day must be a date (YYYY-MM-DD)', 'from');
  }
  if (!isIsoDate(range.to)) {
    throw apiError('BAD_USER_INPUT', 'The last day must be a date (YYYY-MM-DD)', 'to');
  }
  if (range.to < range.from) {
    throw apiError('BAD_USER_INPUT', 'The last day cannot be before the first', 'to');
  }
}

/** What the record holds for the range, as the letter writer reads it. */
async function letterFacts(
  context: RequestContext,
  client: Client,
  range: LetterRange,
): Promise<ProgressLetterFacts> {
  const isInRange = (day: string) => day >= range.from && day <= range.to;
  const [goals, entries, responses, clinician] = await Promise.all([
    context.clientRecords.goals(client.id),
    context.clientRecords.progressEntries(client.id),
    range.includeScores ? context.measures.responses(client.id) : Promise.resolve([]),
    auditActorReaderFor(context, client.practiceId).actor(client.primaryClinicianId),
  ]);
  const [milestones, histories] = await Promise.all([
    Promise.all(goals.map((goal) => context.clientRecords.milestones(goal.id))),
    Promise.all(goals.map((goal) => context.clientRecords.goalStatusHistory(goal.id))),
  ]);
  const ticked = goals
    .flatMap((goal, index) =>
      (milestones[index] ?? []).flatMap((milestone) =>
        milestone.doneAt !== null && isInRange(milestone.doneAt.slice(0, 10))
          ? [
              {
                doneAt: milestone.doneAt,
                title: milestone.title,
                goalClientWords: goal.clientWords,
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.doneAt.localeCompare(b.doneAt));
  const achieved = goals.filter((goal, index) => {
    if (goal.status !== 'COMPLETED') return false;
    const completed = (histories[index] ?? []).filter((change) => change.status === 'COMPLETED');
    const last = completed.at(-1);
    return last !== undefined && isInRange(last.changedAt.slice(0, 10));
  });
  const inRange = entries.filter((entry) => isInRange(entry.occurredOn)).sort(byDay);

  return {
    preferredName: client.preferredName,
    from: range.from,
    to: range.to,
    clinicianName: clinician?.displayName ?? null,
    wins: inRange.filter((entry) => entry.kind === 'WIN').map((entry) => entry.clientWords),
    milestones: ticked.map(({ title, goalClientWords }) => ({ title, goalClientWords })),
    goalsAchieved: achieved.map((goal) => goal.clientWords),
    harderDayCount: inRange.filter((entry) => entry.kind === 'SETBACK').length,
    scores: range.includeScores
      ? STANDARD_MEASURES.flatMap((instrument): LetterScore[] => {
          // Newest first from the reader; the letter reads them oldest first.
          const totals = responses
            .filter(
              (response) =>
                response.instrument === instrument &&
                response.isComplete &&
                response.total !== null &&
                isInRange(response.administeredOn),
            )
            .map((response) => response.total as number)
            .reverse();
          const first = totals[0];
          const last = totals.at(-1);
          return first === undefined || last === undefined
            ? []
            : [{ instrument, first, last, count: totals.length }];
        })
      : null,
  };
}

function byDay(a: ProgressEntry, b: ProgressEntry): number {
  return a.occurredOn.localeCompare(b.occurredOn);
}
