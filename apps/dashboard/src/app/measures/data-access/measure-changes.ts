import { inject, Injectable } from '@angular/core';
import type { ApolloCache, Reference } from '@apollo/client';
import { firstValueFrom } from 'rxjs';

import { APOLLO } from '../../shared/apollo-on-demand';
import type { Instrument } from '../../__generated__/graphql';
import {
  measureRecordDocument,
  recordMeasureDocument,
  reviewSafetyFlagDocument,
  setMeasureScheduleDocument,
  updateMeasureDraftDocument,
  type MeasureResponseRecord,
  type MeasureScheduleRecord,
  type SafetyFlagRecord,
} from './measure-documents';
import {
  expectedSchedules,
  pendingMeasureResponse,
  provisionalSafetyFlag,
  type MeasureAnswersInput,
} from './pending-measures';
import { forgetCaseloadSignals } from '../../shared/caseload-signals';

let pendingCount = 0;
const pendingIdPrefix = 'pending-';

/** Whether a record is on screen but not yet confirmed by the server. */
export function isPendingMeasureId(id: string): boolean {
  return id.startsWith(pendingIdPrefix);
}

/**
 * Measures given in session, safety reviews and schedules. Each change shows in the cache
 * at once (the client page and the caseload read the same records); the section's query is
 * then asked again, because the server works out what follows from it: change from
 * baseline, not-on-track reasons, when each measure is next due, and any safety flag raised.
 */
@Injectable({ providedIn: 'root' })
export class MeasureChanges {
  private readonly apollo = inject(APOLLO);

  /** Records a measure: scored when every item is answered, saved as a draft otherwise. */
  async record(
    clientId: string,
    instrument: Instrument,
    input: MeasureAnswersInput,
  ): Promise<MeasureResponseRecord> {
    pendingCount += 1;
    const pending = pendingMeasureResponse(`${pendingIdPrefix}measure-${pendingCount}`, 0, {
      instrument,
      ...input,
    });
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: recordMeasureDocument,
        variables: { input: { clientId, instrument, ...input, answers: [...input.answers] } },
        optimisticResponse: { recordMeasure: pending },
        update: (cache, { data }) => {
          if (!data) return;
          insertResponse(cache, clientId, data.recordMeasure);
          forgetCaseloadSignals(cache, clientId);
          if (data.recordMeasure.hasSafetyFlag) {
            raiseSafetyFlag(cache, clientId, data.recordMeasure);
          }
        },
        refetchQueries: [measureRecordDocument],
      }),
    );
    if (!data) throw new Error('The measure answer had no data');
    return data.recordMeasure;
  }

  /** Continues a draft over the version it was read at; scored once every item is answered. */
  async continueDraft(
    clientId: string,
    draft: Pick<MeasureResponseRecord, 'id' | 'version' | 'instrument'>,
    input: MeasureAnswersInput,
  ): Promise<MeasureResponseRecord> {
    const pending = pendingMeasureResponse(draft.id, draft.version + 1, {
      instrument: draft.instrument,
      ...input,
    });
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: updateMeasureDraftDocument,
        variables: {
          input: { id: draft.id, version: draft.version, ...input, answers: [...input.answers] },
        },
        optimisticResponse: { updateMeasureDraft: pending },
        update: (cache, { data }) => {
          if (data?.updateMeasureDraft.hasSafetyFlag) {
            raiseSafetyFlag(cache, clientId, data.updateMeasureDraft);
          }
        },
        refetchQueries: [measureRecordDocument],
      }),
    );
    if (!data) throw new Error('The draft answer had no data');
    return data.updateMeasureDraft;
  }

  /** Records a clinician's review of a safety flag; the flag leaves the banner at once. */
  async reviewSafetyFlag(
    clientId: string,
    flag: Pick<SafetyFlagRecord, 'id' | 'measureResponseId' | 'raisedAt'>,
    note: string,
  ): Promise<SafetyFlagRecord> {
    const reviewed = {
      __typename: 'SafetyFlag' as const,
      id: flag.id,
      measureResponseId: flag.measureResponseId,
      raisedAt: flag.raisedAt,
      isReviewed: true,
      reviewedAt: new Date().toISOString(),
      reviewedBy: null,
      reviewNote: note,
    };
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: reviewSafetyFlagDocument,
        variables: { id: flag.id, note },
        optimisticResponse: { reviewSafetyFlag: reviewed },
        update: (cache) => {
          cache.modify({
            id: cache.identify(client(clientId)),
            fields: {
              unreviewedSafetyFlagCount: (count: number) => Math.max(0, count - 1),
            },
          });
          forgetCaseloadSignals(cache, clientId);
        },
      }),
    );
    if (!data) throw new Error('The review answer had no data');
    return data.reviewSafetyFlag;
  }

  /** Gives a measure every `everyWeeks` weeks, or stops scheduling it with null. */
  async setSchedule(
    clientId: string,
    instrument: Instrument,
    everyWeeks: number | null,
  ): Promise<readonly MeasureScheduleRecord[]> {
    const known = this.apollo.client.cache.readQuery({
      query: measureRecordDocument,
      variables: { id: clientId },
    });
    const { data } = await firstValueFrom(
      this.apollo.mutate({
        mutation: setMeasureScheduleDocument,
        variables: { clientId, instrument, everyWeeks },
        optimisticResponse: known
          ? { setMeasureSchedule: expectedSchedules(known.client, instrument, everyWeeks) }
          : undefined,
        update: (cache, { data }) => {
          if (!data) return;
          cache.modify({
            id: cache.identify(client(clientId)),
            fields: { measureSchedules: () => data.setMeasureSchedule },
          });
        },
        refetchQueries: [measureRecordDocument],
      }),
    );
    if (!data) throw new Error('The schedule answer had no data');
    return data.setMeasureSchedule;
  }
}

/** Puts a response into the client's list, newest first, unless it is there already. */
function insertResponse(cache: ApolloCache, clientId: string, response: MeasureResponseRecord) {
  cache.modify({
    id: cache.identify(client(clientId)),
    fields: {
      measureResponses: (
        existing: readonly Reference[] = [],
        { readField, toReference, storeFieldName, DELETE },
      ) => {
        // A list of one instrument is asked again rather than kept in step here.
        if (storeFieldName !== 'measureResponses') return DELETE;
        if (existing.some((reference) => readField('id', reference) === response.id)) {
          return existing;
        }
        const reference = toReference({ __typename: 'MeasureResponse', id: response.id });
        if (!reference) return existing;
        const index = existing.findIndex(
          (other) => (readField<string>('administeredOn', other) ?? '') <= response.administeredOn,
        );
        const position = index === -1 ? existing.length : index;
        return [...existing.slice(0, position), reference, ...existing.slice(position)];
      },
    },
  });
}

/**
 * The database raises a flag for an item 9 answer above 0; until the server's list arrives,
 * a provisional one keeps the banner up, so it never blinks off between the two.
 */
function raiseSafetyFlag(cache: ApolloCache, clientId: string, response: MeasureResponseRecord) {
  const flag = provisionalSafetyFlag(`${pendingIdPrefix}flag-${response.id}`, response.id);
  const id = cache.identify(client(clientId));
  let isRaised = false;
  cache.modify({
    id,
    fields: {
      safetyFlags: (existing: readonly Reference[] = [], { readField, toReference }) => {
        if (existing.some((other) => readField('measureResponseId', other) === response.id)) {
          return existing;
        }
        const reference = toReference(flag, true);
        if (!reference) return existing;
        isRaised = true;
        return [reference, ...existing];
      },
    },
  });
  if (isRaised) {
    cache.modify({ id, fields: { unreviewedSafetyFlagCount: (count: number) => count + 1 } });
  }
}

function client(id: string) {
  return { __typename: 'Client', id } as const;
}
