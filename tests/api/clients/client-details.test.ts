import { randomUUID } from 'node:crypto';
import { TEXT_LIMITS } from '@waypoint/shared';
import type { GraphqlSession } from '../../support/graphql-session';
import { DEMO_EMAILS } from '../accounts/accounts-fixture';
import {
  CaseloadSummaries,
  ClientRecordQuery,
  CreateClient,
  UpdateClient,
  type ClientFields,
  type CreateClientInput,
  type UpdateClientInput,
} from './client-documents';
import {
  dataOf,
  daysFromToday,
  expectRefusal,
  startClientRecordFixture,
  type ClientRecordFixture,
} from './client-record-fixture';

describe('adding clients and saving their details over HTTP', () => {
  let fixture: ClientRecordFixture;
  let clinician: GraphqlSession;

  beforeAll(async () => {
    fixture = await startClientRecordFixture();
    clinician = fixture.clinician;
  });

  afterAll(async () => {
    await fixture?.stop();
  });

  /** The client's row as the database holds it. */
  function clientRow(id: string) {
    return fixture.accounts.db
      .selectFrom('client')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  /** Every editable field of a client as it stands, for an update to change some of. */
  function detailsOf(client: ClientFields): UpdateClientInput {
    return {
      preferredName: client.preferredName,
      pronouns: client.pronouns,
      startedOn: client.startedOn,
      baseline: client.baseline,
      primaryClinicianId: client.primaryClinician.id,
    };
  }

  describe('createClient', () => {
    it('adds a client with their baseline to the clinician’s caseload, active from the start of care', async () => {
      const before = await fixture.rowCounts();
      const mark = await fixture.auditMark();

      const client = await fixture.newClient({
        preferredName: '  Ada  ',
        pronouns: 'she/her',
        startedOn: daysFromToday(-30),
        baseline: { text: ' Everything felt heavy ', recordedOn: daysFromToday(-29) },
      });

      expect(client).toEqual({
        id: expect.any(String),
        version: 1,
        preferredName: 'Ada',
        pronouns: 'she/her',
        status: 'ACTIVE',
        startedOn: daysFromToday(-30),
        primaryClinician: { id: fixture.clinicianId },
        baseline: { text: 'Everything felt heavy', recordedOn: daysFromToday(-29) },
        statusHistory: [
          {
            status: 'ACTIVE',
            changedOn: daysFromToday(-30),
            reason: null,
            changedBy: { id: fixture.clinicianId },
          },
        ],
      });
      expect(await fixture.rowCounts()).toEqual({
        ...before,
        client: before['client'] + 1,
        client_status_change: before['client_status_change'] + 1,
        successfulAuditEvents: before['successfulAuditEvents'] + 1,
      });
      expect(await fixture.auditEventsSince(mark)).toEqual([
        expect.objectContaining({
          action: 'CREATED',
          entityType: 'CLIENT',
          entityId: client.id,
          clientId: client.id,
        }),
      ]);
      const caseload = dataOf(await clinician.post(CaseloadSummaries)).caseload;
      expect(caseload).toContainEqual({
        id: client.id,
        preferredName: 'Ada',
        status: 'ACTIVE',
        startedOn: daysFromToday(-30),
      });
    });

    it('starts care today when no start date is given, with no baseline', async () => {
      const dayBefore = daysFromToday(0);
      const created = await clinician.post(CreateClient, { input: { preferredName: 'Bea' } });
      const dayAfter = daysFromToday(0);

      const client = dataOf(created).createClient;
      expect([dayBefore, dayAfter]).toContain(client.startedOn);
      expect(client.baseline).toBeNull();
      expect(client.pronouns).toBeNull();
      expect(client.statusHistory).toEqual([
        expect.objectContaining({ status: 'ACTIVE', changedOn: client.startedOn }),
      ]);
      const caseload = dataOf(await clinician.post(CaseloadSummaries)).caseload;
      expect(caseload).toContainEqual(
        expect.objectContaining({ id: client.id, startedOn: client.startedOn }),
      );
    });

    it('accepts a preferred name of exactly the longest allowed length', async () => {
      const longest = 'a'.repeat(TEXT_LIMITS.preferredName);
      const client = await fixture.newClient({ preferredName: longest });
      expect(client.preferredName).toBe(longest);
    });

    const badInputs: readonly [string, Partial<CreateClientInput>, string][] = [
      ['an empty preferred name', { preferredName: '' }, 'preferredName'],
      ['a preferred name of spaces only', { preferredName: '   ' }, 'preferredName'],
      [
        'a preferred name one character too long',
        { preferredName: 'a'.repeat(TEXT_LIMITS.preferredName + 1) },
        'preferredName',
      ],
      ['pronouns too long', { pronouns: 'x'.repeat(TEXT_LIMITS.pronouns + 1) }, 'pronouns'],
      ['a start of care in the future', { startedOn: daysFromToday(2) }, 'startedOn'],
      [
        'a baseline written before care began',
        {
          startedOn: daysFromToday(-10),
          baseline: { text: 'Low', recordedOn: daysFromToday(-11) },
        },
        'baseline.recordedOn',
      ],
      [
        'a baseline written in the future',
        { baseline: { text: 'Low', recordedOn: daysFromToday(2) } },
        'baseline.recordedOn',
      ],
      [
        'an empty baseline',
        { baseline: { text: ' ', recordedOn: daysFromToday(-1) } },
        'baseline.text',
      ],
      [
        'a baseline too long',
        { baseline: { text: 'x'.repeat(TEXT_LIMITS.baseline + 1), recordedOn: daysFromToday(-1) } },
        'baseline.text',
      ],
    ];

    it.each(badInputs)(
      'refuses %s as BAD_USER_INPUT and writes nothing',
      async (_what, input, field) => {
        const before = await fixture.rowCounts();

        const response = await clinician.post(CreateClient, {
          input: { preferredName: 'Cleo', startedOn: daysFromToday(-60), ...input },
        });

        expectRefusal(response, 'BAD_USER_INPUT', field);
        expect(await fixture.rowCounts()).toEqual(before);
      },
    );
  });

  describe('updateClient', () => {
    it('saves every field over the current version and moves the version on', async () => {
      const client = await fixture.newClient({ preferredName: 'Dee', pronouns: 'they/them' });
      const mark = await fixture.auditMark();

      const saved = dataOf(
        await clinician.post(UpdateClient, {
          id: client.id,
          version: client.version,
          input: {
            ...detailsOf(client),
            preferredName: 'Dee Dee',
            pronouns: null,
            startedOn: daysFromToday(-40),
            baseline: { text: 'Anxious most days', recordedOn: daysFromToday(-39) },
          },
        }),
      ).updateClient;

      expect(saved).toMatchObject({
        id: client.id,
        version: client.version + 1,
        preferredName: 'Dee Dee',
        pronouns: null,
        startedOn: daysFromToday(-40),
        baseline: { text: 'Anxious most days', recordedOn: daysFromToday(-39) },
      });
      const record = dataOf(await clinician.post(ClientRecordQuery, { id: client.id })).client;
      expect(record).toMatchObject({ version: saved.version, preferredName: 'Dee Dee' });
      expect(await fixture.auditEventsSince(mark)).toEqual([
        expect.objectContaining({
          action: 'UPDATED',
          entityType: 'CLIENT',
          entityId: client.id,
          clientId: client.id,
        }),
        expect.objectContaining({ action: 'CLIENT_VIEWED', entityId: client.id }),
      ]);
    });

    it('refuses a save over a version someone else replaced with CONFLICT, changing nothing', async () => {
      const client = await fixture.newClient({ preferredName: 'Eli' });
      dataOf(
        await clinician.post(UpdateClient, {
          id: client.id,
          version: client.version,
          input: { ...detailsOf(client), preferredName: 'Eli (first edit)' },
        }),
      );
      const rowBefore = await clientRow(client.id);
      const before = await fixture.rowCounts();

      const stale = await clinician.post(UpdateClient, {
        id: client.id,
        version: client.version,
        input: { ...detailsOf(client), preferredName: 'Eli (second edit)' },
      });

      expectRefusal(stale, 'CONFLICT', 'version');
      expect(await clientRow(client.id)).toEqual(rowBefore);
      expect(rowBefore.preferred_name).toBe('Eli (first edit)');
      expect(await fixture.rowCounts()).toEqual(before);
    });

    it('hands the client over to the supervisor, after which the clinician can no longer change them', async () => {
      const client = await fixture.newClient({ preferredName: 'Fin' });

      const handedOver = dataOf(
        await clinician.post(UpdateClient, {
          id: client.id,
          version: client.version,
          input: { ...detailsOf(client), primaryClinicianId: fixture.supervisorId },
        }),
      ).updateClient;

      expect(handedOver.primaryClinician.id).toBe(fixture.supervisorId);
      const rowBefore = await clientRow(client.id);
      const again = await clinician.post(UpdateClient, {
        id: client.id,
        version: handedOver.version,
        input: { ...detailsOf(handedOver), preferredName: 'Fin, taken back' },
      });
      expectRefusal(again, 'FORBIDDEN', 'id');
      expect(await clientRow(client.id)).toEqual(rowBefore);
      const caseload = dataOf(await clinician.post(CaseloadSummaries)).caseload;
      expect(caseload.map((summary) => summary.id)).not.toContain(client.id);
      const supervisor = await fixture.accounts.signedIn(DEMO_EMAILS.supervisor);
      const theirs = dataOf(await supervisor.post(CaseloadSummaries)).caseload;
      expect(theirs.map((summary) => summary.id)).toContain(client.id);
    });

    it.each([
      ['an id no account has', randomUUID()],
      ['an id that cannot name an account', 'someone'],
    ])(
      'refuses a handover to %s as BAD_USER_INPUT on primaryClinicianId',
      async (_what, primaryClinicianId) => {
        const client = await fixture.newClient({ preferredName: 'Gus' });
        const rowBefore = await clientRow(client.id);

        const response = await clinician.post(UpdateClient, {
          id: client.id,
          version: client.version,
          input: { ...detailsOf(client), primaryClinicianId },
        });

        expectRefusal(response, 'BAD_USER_INPUT', 'primaryClinicianId');
        expect(await clientRow(client.id)).toEqual(rowBefore);
      },
    );

    it('refuses a handover to a clinician of another practice like one who does not exist', async () => {
      await fixture.otherPracticeClient();
      const stranger = await fixture.accounts.db
        .selectFrom('clinician')
        .select('id')
        .where('email', 'like', '%@elsewhere.example')
        .executeTakeFirstOrThrow();
      const client = await fixture.newClient({ preferredName: 'Hal' });

      const response = await clinician.post(UpdateClient, {
        id: client.id,
        version: client.version,
        input: { ...detailsOf(client), primaryClinicianId: stranger.id },
      });

      expectRefusal(response, 'BAD_USER_INPUT', 'primaryClinicianId');
      expect((await clientRow(client.id)).primary_clinician_id).toBe(fixture.clinicianId);
    });

    it.each([
      ['an over-long preferred name', { preferredName: 'a'.repeat(101) }, 'preferredName'],
      ['a start of care in the future', { startedOn: daysFromToday(2) }, 'startedOn'],
    ])('refuses %s as BAD_USER_INPUT, changing nothing', async (_what, change, field) => {
      const client = await fixture.newClient({ preferredName: 'Ivy' });
      const rowBefore = await clientRow(client.id);

      const response = await clinician.post(UpdateClient, {
        id: client.id,
        version: client.version,
        input: { ...detailsOf(client), ...change },
      });

      expectRefusal(response, 'BAD_USER_INPUT', field);
      expect(await clientRow(client.id)).toEqual(rowBefore);
    });
  });
});
