import {
  GAS_LEVEL_NAMES,
  isStandardMeasure,
  type Client,
  type Goal,
  type MeasureResponse,
  type NoteMeasure,
  type NoteSafetyFlag,
  type SessionRecordForNote,
  type StandardMeasure,
  type TherapySession,
} from '@waypoint/shared';
import { auditActorReaderFor } from '../audit/audit-actor-reader';
import type { RequestContext } from '../graphql/context';

// Everything the progress-note composer (libs/shared/src/notes) may say about one session,
// gathered from the record this request already reads through its loaders. Date-times are
// passed as the API's ISO strings (UTC), so the note names the UTC day, as the rest of the API
// counts days. Nothing here reads a private note: those never reach a progress note.

/** The session's record as the composer reads it. */
export async function sessionRecordForNote(
  context: RequestContext,
  session: TherapySession,
  client: Client,
): Promise<SessionRecordForNote> {
  const [isFirst, asked, ticked, entries, given, goals, reviews, flags, due] = await Promise.all([
    context.sessions.isFirst(session.id),
    context.sessions.promptsAsked(session.id),
    context.sessions.milestonesTicked(session.id),
    context.sessions.progressEntries(session.id),
    context.sessions.measures(session.id),
    context.clientRecords.goals(client.id),
    context.clientRecords.gasReviews(client.id),
    context.measures.safetyFlags(client.id),
    context.measures.schedulesDue(client),
  ]);
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  const wordsOf = (goalId: string | null) =>
    goalId === null ? null : (goalsById.get(goalId)?.clientWords ?? null);
  const milestonesByGoal = new Map(
    await Promise.all(
      goals.map(
        async (goal) => [goal.id, await context.clientRecords.milestones(goal.id)] as const,
      ),
    ),
  );
  const sessionDay = session.startedAt.slice(0, 10);
  // The ratings of a review recorded on the session's day are the session's.
  const ratings = reviews
    .filter((review) => review.reviewedOn === sessionDay)
    .flatMap((review) => review.ratings)
    .flatMap((rating) => {
      const goal = goalsById.get(rating.goalId);
      return goal ? [{ goal, level: rating.level }] : [];
    });
  const end = session.endedAt ?? new Date().toISOString();

  const touched = new Set<string>([
    ...ticked.map((milestone) => milestone.goalId),
    ...entries.flatMap((entry) => (entry.goalId === null ? [] : [entry.goalId])),
    ...ratings.map((rating) => rating.goal.id),
  ]);
  const activeGoals = goals.filter((goal) => goal.status === 'ACTIVE');

  return {
    client: { preferredName: client.preferredName, pronouns: client.pronouns },
    session: {
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      durationMinutes: sessionMinutes(session),
      modality: session.modality,
      isFirst,
      notes: session.notes,
    },
    moodCheckIns: given
      .filter((response) => response.instrument === 'MOOD' && response.isComplete)
      .map((response) => ({
        rating: response.total ?? response.answers[0] ?? 0,
        word: response.moodWord,
      })),
    promptsAsked: asked.map((prompt) => ({ text: prompt.text, answer: prompt.answer })),
    milestonesTicked: ticked.map((milestone) => ({
      title: milestone.title,
      goalClientWords: wordsOf(milestone.goalId) ?? '',
    })),
    progressEntries: entries.map((entry) => ({
      kind: entry.kind,
      clientWords: entry.clientWords,
      isEffort: entry.isEffort,
      goalClientWords: wordsOf(entry.goalId),
    })),
    measures: await Promise.all(
      given
        .filter((response) => isStandardMeasure(response.instrument))
        .map((response) => noteMeasure(context, response)),
    ),
    gasRatings: ratings.map(({ goal, level }) => ({
      goalClientWords: goal.clientWords,
      level,
      levelDescription: goal.gasLevels?.[GAS_LEVEL_NAMES[level + 2]] ?? null,
    })),
    safetyFlags: await noteSafetyFlags(
      context,
      client,
      flags,
      new Set(given.map((r) => r.id)),
      end,
    ),
    goalsWorkedOn: activeGoals
      .filter((goal) => touched.has(goal.id))
      .map((goal) => {
        const milestones = milestonesByGoal.get(goal.id) ?? [];
        return {
          clientWords: goal.clientWords,
          // As the session left it: ticks after it ended belong to a later note.
          ticked: milestones.filter(
            (milestone) => milestone.doneAt !== null && milestone.doneAt <= end,
          ).length,
          total: milestones.length,
        };
      }),
    plan: {
      nextMilestones: activeGoals.flatMap((goal) => nextMilestone(goal, milestonesByGoal)),
      nextMeasuresDue: due.flatMap((schedule) =>
        isStandardMeasure(schedule.instrument)
          ? [{ instrument: schedule.instrument, dueOn: schedule.nextDueOn }]
          : [],
      ),
      // Waypoint does not book sessions yet.
      nextSessionOn: null,
    },
  };
}

/**
 * A session's length in whole minutes; null while open, and for one ended within a minute of
 * its start (ended by mistake, say), whose length says nothing a note should repeat.
 */
export function sessionMinutes(session: TherapySession): number | null {
  if (session.endedAt === null) return null;
  const minutes = Math.round(
    (Date.parse(session.endedAt) - Date.parse(session.startedAt)) / 60_000,
  );
  return minutes > 0 ? minutes : null;
}

/** A standard measure with its change from the client's baseline; null change at baseline. */
async function noteMeasure(
  context: RequestContext,
  response: MeasureResponse,
): Promise<NoteMeasure> {
  const outcome = await context.measures.outcomeAt(response);
  const isBaseline = outcome === null || outcome.previous === null;
  return {
    instrument: response.instrument as StandardMeasure,
    total: response.isComplete ? response.total : null,
    isComplete: response.isComplete,
    changeFromBaseline: isBaseline ? null : outcome.changeFromBaseline,
    reliableChange: isBaseline ? null : outcome.reliableChange,
    hasSafetyFlag: response.hasSafetyFlag,
  };
}

/**
 * The flags raised by this session's measures, and any still unreviewed that were raised
 * before it ended: safety is never left out of a note. Oldest first, with their review.
 */
async function noteSafetyFlags(
  context: RequestContext,
  client: Client,
  flags: Awaited<ReturnType<RequestContext['measures']['safetyFlags']>>,
  sessionResponseIds: ReadonlySet<string>,
  end: string,
): Promise<NoteSafetyFlag[]> {
  const actors = auditActorReaderFor(context, client.practiceId);
  const relevant = flags
    .filter(
      (flag) =>
        sessionResponseIds.has(flag.measureResponseId) ||
        (flag.reviewedAt === null && flag.raisedAt <= end),
    )
    .sort((a, b) => a.raisedAt.localeCompare(b.raisedAt));
  return Promise.all(
    relevant.map(async (flag) => ({
      raisedOn: flag.raisedAt,
      reviewedAt: flag.reviewedAt,
      reviewNote: flag.reviewNote,
      reviewedByName:
        flag.reviewedById === null
          ? null
          : ((await actors.actor(flag.reviewedById))?.displayName ?? null),
    })),
  );
}

/** The goal's first milestone still to do, in its order, with the goal's words. */
function nextMilestone(
  goal: Goal,
  milestonesByGoal: ReadonlyMap<string, readonly { title: string; doneAt: string | null }[]>,
) {
  const next = (milestonesByGoal.get(goal.id) ?? []).find((milestone) => milestone.doneAt === null);
  return next ? [{ title: next.title, goalClientWords: goal.clientWords }] : [];
}
