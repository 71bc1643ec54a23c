import { document } from '../clients/client-documents';
import {
  dataOf,
  daysFromToday,
  startClientRecordFixture,
  type ClientRecordFixture,
} from '../clients/client-record-fixture';
import { phq9Answers } from '../measures/measures-fixture';
import { RecordMeasure } from '../measures/measure-documents';

// The caseload's reasons to look at a client, and its good news, as the API answers them from
// the rules in libs/shared/src/caseload: each with the section of the client page that holds
// its evidence.

interface Signal {
  readonly kind: string;
  readonly label: string;
  readonly detail: string;
  readonly evidence: string;
}

const CaseloadSignals = document<{
  caseload: readonly {
    readonly id: string;
    readonly attention: readonly Signal[];
    readonly goodNews: readonly Signal[];
  }[];
}>(`query CaseloadSignals {
  caseload { id attention { kind label detail evidence } goodNews { kind label detail evidence } }
}`);

describe('the caseload’s attention flags and good news over HTTP', () => {
  let fixture: ClientRecordFixture;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  async function signalsOf(clientId: string) {
    const { caseload } = dataOf(await fixture.clinician.post(CaseloadSignals, {}));
    const entry = caseload.find((client) => client.id === clientId);
    if (!entry) throw new Error('the client is on the caseload');
    return entry;
  }

  async function phq9(clientId: string, total: number, daysAgo: number, itemNine = 0) {
    dataOf(
      await fixture.clinician.post(RecordMeasure, {
        input: {
          clientId,
          instrument: 'PHQ9',
          answers: phq9Answers(total, itemNine),
          administeredOn: daysFromToday(-daysAgo),
        },
      }),
    );
  }

  it('says a new client with nothing recorded for weeks needs a session and progress', async () => {
    const client = await fixture.newClient({ startedOn: daysFromToday(-30) });
    const { attention, goodNews } = await signalsOf(client.id);
    expect(attention.map((flag) => [flag.kind, flag.evidence])).toEqual([
      ['NO_RECENT_SESSION', 'SESSIONS'],
      ['NO_RECENT_PROGRESS', 'TIMELINE'],
    ]);
    expect(attention[0]!.label).toBe('No session for 4 weeks');
    expect(goodNews).toEqual([]);
  });

  it('puts a safety review first, and names a reliable deterioration with its scores', async () => {
    const client = await fixture.newClient({ startedOn: daysFromToday(-40) });
    await phq9(client.id, 8, 35);
    await phq9(client.id, 16, 1, 1);
    const { attention } = await signalsOf(client.id);
    expect(attention.slice(0, 2).map((flag) => flag.kind)).toEqual([
      'SAFETY_REVIEW',
      'RELIABLE_DETERIORATION',
    ]);
    expect(attention[0]!.evidence).toBe('SAFETY');
    expect(attention[1]).toMatchObject({ label: 'Reliably worse (PHQ-9)', evidence: 'MEASURES' });
    expect(attention[1]!.detail).toMatch(/^PHQ-9 8 → 16 since /);
  });

  it('celebrates a reliable improvement against the client’s own baseline', async () => {
    const client = await fixture.newClient({ startedOn: daysFromToday(-60) });
    await phq9(client.id, 18, 56);
    await phq9(client.id, 9, 2);
    const { goodNews } = await signalsOf(client.id);
    expect(goodNews).toEqual([
      {
        kind: 'RELIABLE_IMPROVEMENT',
        label: 'Reliably better (PHQ-9)',
        detail: expect.stringMatching(/^PHQ-9 18 → 9 since /),
        evidence: 'MEASURES',
      },
    ]);
  });
});
