import type { ClientStatus, Instrument, ReliableChange, Severity } from '@waypoint/shared';
import { document } from '../clients/client-documents';

// The measure operations as the tests send them, typed by hand from the contract
// (libs/shared/src/graphql/measures.graphql), so a dashboard query change never changes them.

export interface MeasureChangeFields {
  readonly fromBaseline: number;
  readonly fromPrevious: number | null;
  readonly reliableChange: ReliableChange;
  readonly reliableChangeIndex: number;
  readonly isCase: boolean;
  readonly hasRecovered: boolean;
  readonly hasReliablyRecovered: boolean;
  readonly hasResponded: boolean;
  readonly isInRemission: boolean | null;
}

export interface MeasureResponseFields {
  readonly id: string;
  readonly version: number;
  readonly instrument: Instrument;
  readonly administeredOn: string;
  readonly answers: readonly (number | null)[];
  readonly isComplete: boolean;
  readonly total: number | null;
  readonly severity: Severity | null;
  readonly difficulty: number | null;
  readonly moodWord: string | null;
  readonly hasSafetyFlag: boolean;
  readonly change: MeasureChangeFields | null;
}

export interface SafetyFlagFields {
  readonly id: string;
  readonly measureResponseId: string;
  readonly raisedAt: string;
  readonly isReviewed: boolean;
  readonly reviewedAt: string | null;
  readonly reviewedBy: { readonly id: string; readonly displayName: string } | null;
  readonly reviewNote: string | null;
}

export interface MeasureScheduleFields {
  readonly instrument: Instrument;
  readonly everyWeeks: number;
  readonly nextDueOn: string;
  readonly isOverdue: boolean;
}

export interface RecordMeasureInput {
  readonly clientId: string;
  readonly instrument: Instrument;
  readonly administeredOn?: string | null;
  readonly answers: readonly (number | null)[];
  readonly difficulty?: number | null;
  readonly moodWord?: string | null;
}

export interface UpdateMeasureDraftInput {
  readonly id: string;
  readonly version: number;
  readonly administeredOn?: string | null;
  readonly answers: readonly (number | null)[];
  readonly difficulty?: number | null;
  readonly moodWord?: string | null;
}

/** A client's measures as the record shows them. */
export interface ClientMeasuresFields {
  readonly id: string;
  readonly measureResponses: readonly MeasureResponseFields[];
  readonly safetyFlags: readonly SafetyFlagFields[];
  readonly unreviewedSafetyFlagCount: number;
  readonly measureSchedules: readonly MeasureScheduleFields[];
}

/** What the caseload shows of a client's measures: flags, never content. */
export interface CaseloadMeasureFields {
  readonly id: string;
  readonly status: ClientStatus;
  readonly unreviewedSafetyFlagCount: number;
  readonly overdueMeasures: readonly Instrument[];
  readonly notOnTrack: readonly { readonly instrument: Instrument; readonly reason: string }[];
}

const changeFields = `fromBaseline fromPrevious reliableChange reliableChangeIndex isCase
  hasRecovered hasReliablyRecovered hasResponded isInRemission`;
const responseFields = `id version instrument administeredOn answers isComplete total severity
  difficulty moodWord hasSafetyFlag change { ${changeFields} }`;
const flagFields =
  'id measureResponseId raisedAt isReviewed reviewedAt reviewedBy { id displayName } reviewNote';
const scheduleFields = 'instrument everyWeeks nextDueOn isOverdue';

export const RecordMeasure = document<
  { recordMeasure: MeasureResponseFields },
  { input: RecordMeasureInput }
>(
  `mutation RecordMeasure($input: RecordMeasureInput!) {
    recordMeasure(input: $input) { ${responseFields} }
  }`,
);

export const UpdateMeasureDraft = document<
  { updateMeasureDraft: MeasureResponseFields },
  { input: UpdateMeasureDraftInput }
>(
  `mutation UpdateMeasureDraft($input: UpdateMeasureDraftInput!) {
    updateMeasureDraft(input: $input) { ${responseFields} }
  }`,
);

export const ReviewSafetyFlag = document<
  { reviewSafetyFlag: SafetyFlagFields },
  { id: string; note: string }
>(
  `mutation ReviewSafetyFlag($id: ID!, $note: String!) {
    reviewSafetyFlag(id: $id, note: $note) { ${flagFields} }
  }`,
);

export const SetMeasureSchedule = document<
  { setMeasureSchedule: MeasureScheduleFields[] },
  { clientId: string; instrument: Instrument; everyWeeks: number | null }
>(
  `mutation SetMeasureSchedule($clientId: ID!, $instrument: Instrument!, $everyWeeks: Int) {
    setMeasureSchedule(clientId: $clientId, instrument: $instrument, everyWeeks: $everyWeeks) {
      ${scheduleFields}
    }
  }`,
);

export const ClientMeasures = document<{ client: ClientMeasuresFields }, { id: string }>(
  `query ClientMeasures($id: ID!) {
    client(id: $id) {
      id
      measureResponses { ${responseFields} }
      safetyFlags { ${flagFields} }
      unreviewedSafetyFlagCount
      measureSchedules { ${scheduleFields} }
    }
  }`,
);

export const CaseloadMeasures = document<{ caseload: CaseloadMeasureFields[] }>(
  `query CaseloadMeasures {
    caseload { id status unreviewedSafetyFlagCount overdueMeasures notOnTrack { instrument reason } }
  }`,
);

export const CrisisResources = document<{
  crisisResources: { label: string; contact: string }[];
}>(`query CrisisResources { crisisResources { label contact } }`);
