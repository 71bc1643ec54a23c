import { daysBetween } from '../calendar';
import { INSTRUMENTS, type Instrument } from '../domain/measure';
import { instrumentName, STANDARD_MEASURES } from '../measures/instruments';
import { countOf } from '../notes/note-sentences';
import { NO_RECENT_PROGRESS_AFTER_DAYS } from '../sessions/prompt-selection';
import {
  assertValidCaseloadFacts,
  calendarDayInWords,
  changesFromBaseline,
  describeChangeFromBaseline,
  type CaseloadFacts,
  type EvidenceSection,
} from './caseload-facts';

// The caseload's attention chips: each says why, in this client's own terms, and names the
// client page section holding its evidence. The "Needs attention first" sort orders rows by the
// kind of need (`attentionOrder`), never by a score of the client.

/**
 * Attention kinds, most urgent first. Safety comes first because it must be impossible to miss
 * (UX principle 5). Then what the scores say: reliable deterioration, then not on track, because
 * therapists on their own rarely spot the clients who will deteriorate, and an alert plus a review
 * improves those clients' outcomes (Lambert MJ, Whipple JL, Kleinstäuber M (2018), Psychotherapy
 * 55(4):520-537). Then a client who has stopped coming, which only contact can make sense of,
 * before quiet progress logs; then a due measure; last the paperwork, which carries no risk to the
 * client. Waypoint's order beyond the first three, not a published one.
 */
export const ATTENTION_PRIORITY = [
  'SAFETY_REVIEW',
  'RELIABLE_DETERIORATION',
  'NOT_ON_TRACK',
  'NO_RECENT_SESSION',
  'NO_RECENT_PROGRESS',
  'MEASURE_OVERDUE',
  'NOTES_TO_SIGN',
] as const;
/** A reason a client may need the clinician's attention. */
export type AttentionKind = (typeof ATTENTION_PRIORITY)[number];

/**
 * Whole weeks with nothing logged after which a client is flagged: the same 3 weeks after which
 * session mode offers re-engaging prompts, so the caseload chip and the prompt card agree.
 */
export const NO_PROGRESS_AFTER_WEEKS = NO_RECENT_PROGRESS_AFTER_DAYS / 7;
/**
 * Whole weeks without a session after which a client is flagged. Therapy is mostly weekly or
 * fortnightly, so 3 weeks means at least one expected session has not happened. Waypoint's choice.
 */
export const NO_SESSION_AFTER_WEEKS = 3;

/** One reason to look at a client, worded for a chip, with where its evidence is. */
export interface AttentionFlag {
  readonly kind: AttentionKind;
  readonly label: string;
  /** The longer sentence behind the label, for its tooltip and screen readers. */
  readonly detail: string;
  readonly evidence: EvidenceSection;
  /** The measure the flag is about, for the per-measure kinds. */
  readonly instrument?: Instrument;
}

/** The reasons to look at a client, most urgent first (ATTENTION_PRIORITY); none when all is calm. */
export function attentionFlags(facts: CaseloadFacts): AttentionFlag[] {
  assertValidCaseloadFacts(facts);
  const { today, status } = facts;
  const flags: AttentionFlag[] = [];

  const safetyCount = facts.unreviewedSafetyFlagCount;
  if (safetyCount > 0) {
    flags.push({
      kind: 'SAFETY_REVIEW',
      label: 'Safety review needed',
      detail:
        safetyCount === 1
          ? 'A PHQ-9 item 9 answer above 0 waits for your review'
          : `${safetyCount} PHQ-9 item 9 answers above 0 wait for your review`,
      // The banner under the client's name, where the review is recorded.
      evidence: 'safety',
    });
  }

  const reliablyWorse = changesFromBaseline(facts).filter(
    (change) => change.reliableChange === 'RELIABLE_DETERIORATION',
  );
  for (const change of reliablyWorse) {
    flags.push({
      kind: 'RELIABLE_DETERIORATION',
      label: `Reliably worse (${instrumentName(change.instrument)})`,
      detail: describeChangeFromBaseline(change, today),
      evidence: 'measures',
      instrument: change.instrument,
    });
  }
  for (const instrument of STANDARD_MEASURES) {
    // A reliable deterioration is itself the first arm of the not-on-track rule, so the API's
    // entry for that measure is the same evidence again: one chip says it.
    if (reliablyWorse.some((change) => change.instrument === instrument)) continue;
    const entry = facts.notOnTrack.find((candidate) => candidate.instrument === instrument);
    if (entry === undefined) continue;
    flags.push({
      kind: 'NOT_ON_TRACK',
      label: `Not on track (${instrumentName(instrument)})`,
      detail: entry.reason,
      evidence: 'measures',
      instrument,
    });
  }

  // Going quiet only means something while care is under way: a paused client is not expected to
  // come or log anything, and a discharged client has finished.
  if (status === 'ACTIVE') {
    const noSession = quietStretch(facts.lastSessionOn, facts, NO_SESSION_AFTER_WEEKS);
    if (noSession !== null) {
      const since = calendarDayInWords(noSession.since, today);
      flags.push({
        kind: 'NO_RECENT_SESSION',
        label: `No session for ${countOf(noSession.weeks, 'week')}`,
        detail: noSession.isSinceCareBegan
          ? `No session since care began on ${since}`
          : `Last session on ${since}`,
        evidence: 'sessions',
      });
    }
    const noProgress = quietStretch(facts.lastProgressOn, facts, NO_PROGRESS_AFTER_WEEKS);
    if (noProgress !== null) {
      const since = calendarDayInWords(noProgress.since, today);
      flags.push({
        kind: 'NO_RECENT_PROGRESS',
        label: `No progress for ${countOf(noProgress.weeks, 'week')}`,
        detail: noProgress.isSinceCareBegan
          ? `Nothing logged since care began on ${since}`
          : `Nothing logged since ${since}`,
        evidence: 'timeline',
      });
    }
  }

  // A paused client's schedule may still name a measure (the API decides); a discharged client's
  // schedule has ended, so nothing is due.
  if (status !== 'DISCHARGED') {
    for (const instrument of INSTRUMENTS) {
      if (!facts.overdueMeasures.includes(instrument)) continue;
      const name = instrumentName(instrument);
      flags.push({
        kind: 'MEASURE_OVERDUE',
        label: `${name} due`,
        detail: `The scheduled ${name} is overdue`,
        evidence: 'measures',
        instrument,
      });
    }
  }

  // Any status: a discharged client's unsigned notes still belong in their record.
  if (facts.notesToSign > 0) {
    const waits = facts.notesToSign === 1 ? 'waits' : 'wait';
    flags.push({
      kind: 'NOTES_TO_SIGN',
      label: `${countOf(facts.notesToSign, 'note')} to sign`,
      detail: `${countOf(facts.notesToSign, 'progress note')} ${waits} for your signature`,
      evidence: 'notes',
    });
  }

  // ATTENTION_PRIORITY alone decides the order; the sort is stable, so per-measure flags of one
  // kind stay PHQ-9, GAD-7, mood check-in.
  return flags.sort((first, second) => priorityOf(first.kind) - priorityOf(second.kind));
}

/**
 * For the "needs attention" sort: the place of the client's most urgent kind of need in
 * ATTENTION_PRIORITY (lower = look first), ATTENTION_PRIORITY.length when there is none. Clients
 * with the same kind of need tie; the caller breaks ties by something neutral, such as name.
 */
export function attentionOrder(flags: readonly AttentionFlag[]): number {
  return Math.min(ATTENTION_PRIORITY.length, ...flags.map((flag) => priorityOf(flag.kind)));
}

/** How long a client has gone without something, when it is at least `afterWeeks` whole weeks. */
function quietStretch(
  lastOn: string | null,
  facts: CaseloadFacts,
  afterWeeks: number,
): { readonly weeks: number; readonly since: string; readonly isSinceCareBegan: boolean } | null {
  // The clock never starts before care did, so a client who began last week has had no chance
  // yet, whatever is on record from before.
  const isSinceCareBegan = lastOn === null || lastOn < facts.startedOn;
  const since = isSinceCareBegan ? facts.startedOn : lastOn;
  const weeks = Math.floor(daysBetween(since, facts.today) / 7);
  return weeks >= afterWeeks ? { weeks, since, isSinceCareBegan } : null;
}

function priorityOf(kind: AttentionKind): number {
  return ATTENTION_PRIORITY.indexOf(kind);
}
