import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import {
  attentionFlags,
  caseloadFacts,
  emptyClientSummary,
  goodNews,
  type AttentionFlag,
  type Client,
  type ClientSummary,
  type GoodNews,
} from '@waypoint/shared';
import type { Database } from '../database/tables';
import type { RequestContext } from '../graphql/context';
import { utcToday } from '../graphql/input-checks';
import { findClientSummaries } from './client-summary.repository';

/**
 * Per-request reader of client summaries: every client asked for in one tick costs one
 * statement together. It keeps nothing between ticks, so a field read after a write in the
 * same request sees the summary the write's triggers rebuilt.
 */
export class ClientSummaryReader {
  readonly #summaries: DataLoader<string, ClientSummary | null>;

  constructor(db: Kysely<Database>) {
    this.#summaries = new DataLoader(
      async (clientIds) => {
        // Several fields of one client ask in the same tick; without a cache, each is a key.
        const found = await findClientSummaries(db, [...new Set(clientIds)]);
        return clientIds.map((id) => found.get(id) ?? null);
      },
      { cache: false },
    );
  }

  load(clientId: string): Promise<ClientSummary | null> {
    return this.#summaries.load(clientId);
  }
}

/** The client's summary; every client has one from their creation (migration 0008). */
export async function summaryOf(context: RequestContext, client: Client): Promise<ClientSummary> {
  return (await context.clientSummaries.load(client.id)) ?? emptyClientSummary(client.startedOn);
}

/** What calls for attention, and what is going well, for one client on the caseload. */
export async function caseloadSignals(
  context: RequestContext,
  client: Client,
): Promise<{ attention: AttentionFlag[]; goodNews: GoodNews[] }> {
  const facts = caseloadFacts(client, await summaryOf(context, client), utcToday());
  return { attention: attentionFlags(facts), goodNews: goodNews(facts) };
}
