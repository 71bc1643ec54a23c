import {
  attentionFlags,
  caseloadColumns,
  caseloadFacts,
  changesFromBaseline,
  DEFAULT_CASELOAD_QUERY,
  goodNews,
  listCaseload,
  filterCaseload,
  quarterStart,
  type AttentionFlag,
  type CaseloadQuery,
  type Client,
  type GoodNews,
} from '@waypoint/shared';
import type {
  CaseloadPage,
  CaseloadRow,
  CaseloadViewInput,
  PracticeSummary,
} from '../__generated__/resolvers-types';
import { recordAuditEvent } from '../audit/audit-trail';
import { authorize, requireViewer } from '../auth/authorize';
import { mayReadCaseloadOf } from '../auth/policy';
import type { Viewer } from '../auth/viewer';
import { findClientsOfClinician } from '../clients/client.repository';
import type { RequestContext } from '../graphql/context';
import { integerBetween, optionalText, utcToday } from '../graphql/input-checks';
import { findClinicianPractice } from './caseload.repository';
import {
  findCaseloadRevision,
  listSummarisedClients,
  type CaseloadRevision,
  type SummarisedClient,
} from './client-summary.repository';

/** The most rows one window of a caseload view answers. */
export const CASELOAD_WINDOW_LIMIT = 200;

/**
 * A clinician's caseload: the viewer's own, or a supervisee's for their supervisor. The
 * listing is audited as one event; opening a client's record is audited on its own.
 */
export async function getCaseload(
  context: RequestContext,
  clinicianId?: string | null,
): Promise<Client[]> {
  const { viewer, targetId } = await authorizeCaseload(context, clinicianId);
  const clients = await findClientsOfClinician(context.db, viewer.practiceId, targetId);
  await auditCaseloadViewed(context, viewer, targetId);
  return clients;
}

/**
 * One window of a caseload view. Every client's flags are worked out from their summary (one
 * statement for the whole caseload), so the filters, the order and the counts cover everyone;
 * only the window's rows get their columns and go over the wire.
 */
export async function getCaseloadView(
  context: RequestContext,
  arguments_: {
    clinicianId?: string | null;
    view?: CaseloadViewInput | null;
    offset?: number | null;
    limit?: number | null;
  },
): Promise<CaseloadPage> {
  const offset = integerBetween(arguments_.offset ?? 0, 0, 1_000_000, 'offset', 'The offset');
  const limit = integerBetween(
    arguments_.limit ?? 50,
    1,
    CASELOAD_WINDOW_LIMIT,
    'limit',
    'The number of rows',
  );
  const query = caseloadQuery(arguments_.view);
  const { viewer, targetId } = await authorizeCaseload(context, arguments_.clinicianId);
  const today = utcToday();
  const clients = await caseloadWithSignals(context, viewer.practiceId, targetId, today);
  await auditCaseloadViewed(context, viewer, targetId);

  const listed = listCaseload(clients, query);
  return {
    totalCount: clients.length,
    activeCount: clients.filter((listedClient) => listedClient.status === 'ACTIVE').length,
    matchCount: listed.length,
    attentionCount: filterCaseload(clients, query).filter((client) => client.attention.length > 0)
      .length,
    offset,
    rows: listed.slice(offset, offset + limit).map((client) => caseloadRow(client, today)),
  };
}

/**
 * A supervisor's counts across their own and their supervisees' caseloads: counts only, so no
 * client is named or ranked. Null for anyone who is not a supervisor.
 */
export async function getPracticeSummary(context: RequestContext): Promise<PracticeSummary | null> {
  const viewer = requireViewer(context);
  if (viewer.role !== 'SUPERVISOR') return null;
  const clinicianIds = [viewer.clinicianId, ...viewer.superviseeIds];
  const today = utcToday();
  const since = quarterStart(today);
  const clients: ClientWithSignals[] = [];
  for (const clinicianId of clinicianIds) {
    clients.push(...(await caseloadWithSignals(context, viewer.practiceId, clinicianId, today)));
  }
  const thisQuarter = (day: string) => day >= since && day <= today;
  return {
    clinicianCount: clinicianIds.length,
    activeClients: clients.filter((client) => client.status === 'ACTIVE').length,
    clientsNeedingAttention: clients.filter(
      (client) => client.status !== 'DISCHARGED' && client.attention.length > 0,
    ).length,
    reliablyImprovedThisQuarter: clients.filter((client) =>
      changesFromBaseline(client.facts).some(
        (change) =>
          change.reliableChange === 'RELIABLE_IMPROVEMENT' &&
          thisQuarter(change.latest.administeredOn),
      ),
    ).length,
    goalsAchievedThisQuarter: clients.reduce(
      (count, client) =>
        count + client.summary.goalsAchieved.filter((goal) => thisQuarter(goal.achievedOn)).length,
      0,
    ),
    notesToSign: clients.reduce((count, client) => count + client.summary.notesToSign, 0),
    quarterStartedOn: since,
  };
}

async function authorizeCaseload(
  context: RequestContext,
  clinicianId: string | null | undefined,
): Promise<{ viewer: Viewer; targetId: string }> {
  const viewer = requireViewer(context);
  const targetId = clinicianId ?? viewer.clinicianId;
  // One's own caseload needs no look-up: the session already names the clinician's practice.
  const clinician =
    targetId === viewer.clinicianId
      ? { id: viewer.clinicianId, practiceId: viewer.practiceId }
      : await findClinicianPractice(context.db, targetId);
  await authorize(
    context,
    viewer,
    mayReadCaseloadOf(viewer, clinician ?? { id: targetId, practiceId: null }),
    { entityType: 'CLINICIAN', entityId: clinician?.id ?? null },
  );
  return { viewer, targetId };
}

function auditCaseloadViewed(context: RequestContext, viewer: Viewer, targetId: string) {
  return recordAuditEvent(context.db, {
    practiceId: viewer.practiceId,
    actorId: viewer.clinicianId,
    action: 'CASELOAD_VIEWED',
    entityType: 'CLINICIAN',
    entityId: targetId,
    clientId: null,
    requestId: context.requestId,
    outcome: 'SUCCESS',
  });
}

function caseloadQuery(view: CaseloadViewInput | null | undefined): CaseloadQuery {
  return {
    needsAttention: view?.needsAttention ?? DEFAULT_CASELOAD_QUERY.needsAttention,
    statuses: view?.statuses ?? [],
    flag: view?.flag ?? null,
    domain: view?.domain ?? null,
    search: optionalText(view?.search, 'view.search', 'preferredName', 'The search') ?? '',
    sort: view?.sort ?? DEFAULT_CASELOAD_QUERY.sort,
    descending: view?.descending ?? false,
  };
}

type ClientWithSignals = ReturnType<typeof withSignals>;

/** What was worked out from one caseload, on one day, at one revision. */
interface WorkedOutCaseload {
  readonly revision: CaseloadRevision;
  readonly today: string;
  readonly clients: readonly ClientWithSignals[];
}

// Every client's flags are worked out once per caseload and day, then again only for the clients
// whose summary changed since (each summary keeps the revision it changed at; the database raises
// the caseload's revision in every writing transaction). A client joining or leaving, or a new
// day, means the whole caseload again. Kept per process, for the caseloads viewed most recently;
// never changed once made, since requests share them.
const workedOutCaseloads = new Map<string, WorkedOutCaseload>();
const KEPT_CASELOADS = 64;

async function caseloadWithSignals(
  context: RequestContext,
  practiceId: string,
  clinicianId: string,
  today: string,
): Promise<readonly ClientWithSignals[]> {
  // The revision first: rows read after it are at least as new, so nothing newer than the kept
  // revision is ever missed (a row read twice is simply worked out again).
  const revision = await findCaseloadRevision(context.db, clinicianId);
  const kept = workedOutCaseloads.get(clinicianId);
  const canUpdate =
    kept !== undefined && kept.today === today && kept.revision.membership === revision.membership;
  if (canUpdate && kept.revision.revision === revision.revision) return kept.clients;
  const read = await listSummarisedClients(
    context.db,
    practiceId,
    [clinicianId],
    canUpdate ? kept.revision.revision : null,
  );
  const worked = read.map((summarised) => withSignals(summarised, today));
  let clients: readonly ClientWithSignals[] = worked;
  if (canUpdate) {
    const changed = new Map(worked.map((client) => [client.client.id, client]));
    clients = kept.clients.map((client) => changed.get(client.client.id) ?? client);
  }
  workedOutCaseloads.delete(clinicianId);
  workedOutCaseloads.set(clinicianId, { revision, today, clients });
  // A Map keeps insertion order: the first key is the caseload viewed longest ago.
  if (workedOutCaseloads.size > KEPT_CASELOADS) {
    workedOutCaseloads.delete(workedOutCaseloads.keys().next().value!);
  }
  return clients;
}

function withSignals(client: SummarisedClient, today: string) {
  const { summary } = client;
  const facts = caseloadFacts(client, summary, today);
  return {
    client,
    summary,
    facts,
    preferredName: client.preferredName,
    status: client.status,
    lastProgressOn: summary.lastProgressOn,
    lastSessionAt: summary.lastSessionAt,
    activeGoalDomains: summary.activeGoalDomains,
    attention: attentionFlags(facts),
  };
}

function caseloadRow(listed: ClientWithSignals, today: string): CaseloadRow {
  const { client, summary } = listed;
  const columns = caseloadColumns(client, summary, today);
  return {
    id: client.id,
    preferredName: client.preferredName,
    pronouns: client.pronouns,
    status: client.status,
    activeGoalCount: summary.activeGoalCount,
    activeGoalDomains: [...summary.activeGoalDomains],
    lastProgressOn: summary.lastProgressOn,
    lastSessionAt: summary.lastSessionAt === null ? null : new Date(summary.lastSessionAt),
    notesToSignCount: summary.notesToSign,
    nextMeasureDue: columns.nextMeasureDue && {
      instrument: columns.nextMeasureDue.instrument,
      dueOn: columns.nextMeasureDue.dueOn,
      isOverdue: columns.nextMeasureDue.isOverdue,
    },
    milestonesTickedLast30Days: columns.milestonesTickedLast30Days,
    winsLast30Days: columns.winsLast30Days,
    weeklyActivity: [...columns.weeklyActivity],
    measures: columns.measures.map((measure) => ({ ...measure })),
    gasTScores: columns.gasTScores.map((point) => ({ ...point })),
    attention: listed.attention.map(withEvidenceName),
    // Good news filters nothing, so only the window's rows need it.
    goodNews: goodNews(listed.facts).map(withEvidenceName),
  };
}

/** The contract names evidence sections in capitals. */
export function withEvidenceName<T extends AttentionFlag | GoodNews>(
  chip: T,
): Omit<T, 'evidence'> & { evidence: Uppercase<T['evidence']> } {
  const { evidence, ...rest } = chip;
  return { ...rest, evidence: evidence.toUpperCase() as Uppercase<T['evidence']> };
}
