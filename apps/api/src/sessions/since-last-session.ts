import { reliableChange, type SinceLastSession, type TherapySession } from '@waypoint/shared';
import type { RequestContext } from '../graphql/context';
import { utcToday } from '../graphql/input-checks';

// What changed for a client since their previous session, gathered from the record the
// request already reads (goals, milestones, entries, reviews, measures), for the pure prompt
// rules in libs/shared.

/** The facts the prompt rules need for this session. */
export async function sinceLastSession(
  context: RequestContext,
  session: TherapySession,
): Promise<SinceLastSession> {
  const clientId = session.clientId;
  const [sessions, goals, entries, reviews, responses] = await Promise.all([
    context.sessions.sessionsOf(clientId),
    context.clientRecords.goals(clientId),
    context.clientRecords.progressEntries(clientId),
    context.clientRecords.gasReviews(clientId),
    context.measures.responses(clientId),
  ]);
  const milestones = (
    await Promise.all(goals.map((goal) => context.clientRecords.milestones(goal.id)))
  ).flat();
  const previous = sessions.find((earlier) => earlier.startedAt < session.startedAt) ?? null;
  const lastSessionOn = previous ? previous.startedAt.slice(0, 10) : null;
  // Since the previous session: what was recorded after it began and not in it.
  const isSince = (day: string, sessionId: string | null) =>
    lastSessionOn !== null &&
    day >= lastSessionOn &&
    (previous === null || sessionId !== previous.id);

  const ticked = milestones.filter(
    (milestone): milestone is typeof milestone & { doneAt: string } =>
      milestone.doneAt !== null &&
      previous !== null &&
      milestone.doneInSessionId !== previous.id &&
      Date.parse(milestone.doneAt) > Date.parse(previous.endedAt ?? previous.startedAt),
  );
  const sinceEntries = entries.filter((entry) => isSince(entry.occurredOn, entry.sessionId));
  const progressDays = [
    ...entries.map((entry) => entry.occurredOn),
    ...milestones.flatMap((milestone) => (milestone.doneAt ? [milestone.doneAt.slice(0, 10)] : [])),
  ].sort();

  const measureChanges: SinceLastSession['measureChanges'][number][] = [];
  for (const instrument of ['PHQ9', 'GAD7'] as const) {
    // Newest first; the baseline is the oldest complete one.
    const complete = responses.filter(
      (response) => response.instrument === instrument && response.total !== null,
    );
    const latest = complete[0];
    const baseline = complete.at(-1);
    if (!latest || !baseline || latest === baseline) continue;
    if (!isSince(latest.administeredOn, latest.sessionId)) continue;
    const change = reliableChange(instrument, baseline.total!, latest.total!);
    if (change === 'RELIABLE_IMPROVEMENT')
      measureChanges.push({ instrument, direction: 'IMPROVED' });
    if (change === 'RELIABLE_DETERIORATION')
      measureChanges.push({ instrument, direction: 'WORSENED' });
  }

  const activeGoals = await Promise.all(
    goals
      .filter((goal) => goal.status === 'ACTIVE')
      .map(async (goal) => {
        const history = await context.clientRecords.goalStatusHistory(goal.id);
        const setOn =
          history.map((change) => change.changedAt.slice(0, 10)).sort()[0] ??
          session.startedAt.slice(0, 10);
        const reviewedOn = reviews
          .filter((review) => review.ratings.some((rating) => rating.goalId === goal.id))
          .map((review) => review.reviewedOn)
          .sort()
          .at(-1);
        return {
          clientWords: goal.clientWords,
          targetDate: goal.targetDate,
          lastReviewedOn: reviewedOn ?? null,
          setOn,
        };
      }),
  );

  return {
    today: utcToday(),
    isFirstSession: previous === null,
    lastSessionOn,
    milestonesTicked: ticked.map((milestone) => ({
      title: milestone.title,
      doneOn: milestone.doneAt.slice(0, 10),
    })),
    wins: sinceEntries.filter((entry) => entry.kind === 'WIN'),
    setbacks: sinceEntries.filter((entry) => entry.kind === 'SETBACK'),
    lastProgressOn: progressDays.at(-1) ?? null,
    measureChanges,
    activeGoals,
  };
}
