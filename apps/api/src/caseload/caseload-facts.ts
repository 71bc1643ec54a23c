import {
  attentionFlags,
  goodNews,
  type AttentionFlag,
  type CaseloadFacts,
  type Client,
  type GoodNews,
} from '@waypoint/shared';
import type { RequestContext } from '../graphql/context';
import { utcToday } from '../graphql/input-checks';

// The facts the caseload's attention and good-news rules need, gathered through the
// request's batched loaders: one statement per kind of fact for the whole caseload.

/** What calls for attention, and what is going well, for one client on the caseload. */
export async function caseloadSignals(
  context: RequestContext,
  client: Client,
): Promise<{ attention: AttentionFlag[]; goodNews: GoodNews[] }> {
  const facts = await factsOf(context, client);
  return { attention: attentionFlags(facts), goodNews: goodNews(facts) };
}

async function factsOf(context: RequestContext, client: Client): Promise<CaseloadFacts> {
  const [
    unreviewedSafetyFlagCount,
    scores,
    notOnTrack,
    schedules,
    lastProgressOn,
    lastSessionAt,
    notesToSign,
    recent,
  ] = await Promise.all([
    context.measures.unreviewedSafetyFlagCount(client.id),
    context.measures.completeScores(client.id),
    context.measures.notOnTrack(client),
    context.measures.schedulesDue(client),
    context.clientProgress.lastProgressOn(client.id),
    context.clientProgress.lastSessionAt(client.id),
    context.notes.notesToSignCount(client.id),
    context.clientProgress.recentAchievements(client.id),
  ]);
  return {
    today: utcToday(),
    status: client.status,
    startedOn: client.startedOn,
    unreviewedSafetyFlagCount,
    scores: scores.flatMap((score) =>
      score.instrument === 'MOOD' ? [] : [{ ...score, instrument: score.instrument }],
    ),
    notOnTrack: notOnTrack.flatMap((flag) =>
      flag.instrument === 'MOOD' ? [] : [{ ...flag, instrument: flag.instrument }],
    ),
    overdueMeasures: schedules.filter((due) => due.isOverdue).map((due) => due.instrument),
    lastProgressOn,
    lastSessionOn: lastSessionAt === null ? null : lastSessionAt.toISOString().slice(0, 10),
    notesToSign,
    goalsAchieved: recent.goalsAchieved,
    milestoneTickDays: recent.milestoneTickDays,
  };
}
