import {
  DEMO_EMAILS,
  startAccountsFixture,
  type AccountsFixture,
} from '../accounts/accounts-fixture';

// Names, goals and the client's words are PHI: the log may say that an operation ran, how long
// it took and how it ended, never what it carried.

describe('logs while a clinician works on a client record', () => {
  let fixture: AccountsFixture;

  beforeAll(async () => {
    fixture = await startAccountsFixture({ LOG_LEVEL: 'debug' });
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  it('hold none of the names, goals, words or reasons written, even at debug level', async () => {
    const clinician = await fixture.signedIn(DEMO_EMAILS.clinician);
    const probes = {
      name: 'Probe Quillfeather',
      baseline: 'baseline-probe-4e1c',
      goal: 'goal-probe-9b27',
      milestone: 'milestone-probe-61d0',
      entry: 'entry-probe-c3a8',
      reason: 'reason-probe-75fe',
    };
    const send = async (query: string, variables: Record<string, unknown>) => {
      const response = await clinician.postRaw<Record<string, { id: string; version: number }>>(
        JSON.stringify({ query, variables }),
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!;
    };
    const { createClient: client } = await send(
      'mutation ($input: CreateClientInput!) { createClient(input: $input) { id version } }',
      {
        input: {
          preferredName: probes.name,
          baseline: { text: probes.baseline, recordedOn: new Date().toISOString().slice(0, 10) },
        },
      },
    );
    const { createGoal: goal } = await send(
      'mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id version } }',
      { input: { clientId: client.id, goal: { clientWords: probes.goal, domain: 'MOOD' } } },
    );
    await send(
      'mutation ($goalId: ID!, $input: MilestoneInput!) { addMilestone(goalId: $goalId, input: $input) { id version } }',
      { goalId: goal.id, input: { title: probes.milestone } },
    );
    await send(
      'mutation ($clientId: ID!, $input: ProgressEntryInput!) { logProgressEntry(clientId: $clientId, input: $input) { id version } }',
      { clientId: client.id, input: { kind: 'WIN', category: 'OTHER', clientWords: probes.entry } },
    );
    await send(
      'mutation ($input: ChangeGoalStatusInput!) { changeGoalStatus(input: $input) { id version } }',
      {
        input: { goalId: goal.id, version: goal.version, status: 'ON_HOLD', reason: probes.reason },
      },
    );
    // A refused one too: error messages are logged by kind only.
    await clinician.postRaw(
      JSON.stringify({
        query: 'mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }',
        variables: { input: { preferredName: `${probes.name} ${'x'.repeat(200)}` } },
      }),
    );
    await send('query ($id: ID!) { client(id: $id) { id version } }', { id: client.id });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const output = fixture.waypoint.output();
    expect(output).toContain('graphql.operation');
    for (const probe of Object.values(probes)) expect(output).not.toContain(probe);
    expect(output).not.toContain('Quillfeather');
  });
});
