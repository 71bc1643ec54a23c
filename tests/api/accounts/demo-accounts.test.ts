import { statSync } from 'node:fs';
import { GraphqlSession } from '../../support/graphql-session';
import {
  createTestDatabase,
  startWaypoint,
  type RunningWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';
import { SignIn } from './account-documents';

/** Lines like "  ADMIN      admin@waypoint.example         Xy...": role, email, password. */
function printedAccounts(output: string): { role: string; email: string; password: string }[] {
  return [...output.matchAll(/^ {2}(CLINICIAN|SUPERVISOR|ADMIN) +(\S+@\S+) +(\S+)$/gm)].map(
    ([, role, email, password]) => ({ role, email, password }),
  );
}

/** The demo practice's accounts get random passwords, printed once for local use. */
describe('demo accounts', () => {
  let database: TestDatabase;
  let waypoint: RunningWaypoint;

  beforeAll(async () => {
    database = await createTestDatabase();
    // No WAYPOINT_DEMO_PASSWORD: the seed makes random passwords.
    waypoint = await startWaypoint(database.environment);
  });

  afterAll(async () => {
    await waypoint?.stop();
    await database?.dispose();
  });

  it('prints a clinician, a supervisor and an admin with working passwords after the address', async () => {
    const output = waypoint.output();
    const accounts = printedAccounts(output);
    expect(accounts.map((account) => account.role)).toEqual(['CLINICIAN', 'SUPERVISOR', 'ADMIN']);
    expect(new Set(accounts.map((account) => account.password)).size).toBe(3);
    expect(output.indexOf('Waypoint is running at')).toBeLessThan(output.indexOf('Demo accounts'));

    for (const account of accounts) {
      const response = await new GraphqlSession(waypoint.url).post(SignIn, {
        input: { email: account.email, password: account.password },
      });
      expect(response.body.data?.signIn.viewer?.clinician.role).toBe(account.role);
    }
  });

  it('keeps them in a file only the owner can read, beside the embedded database', async () => {
    const dataDirectory = database.environment['WAYPOINT_DATA_DIR'];
    const file = /Kept in (\S+), readable only by you\./.exec(waypoint.output())?.[1];
    if (!dataDirectory) {
      // On an external server the data folder is not the database's: nothing is written there.
      expect(file).toBeUndefined();
      return;
    }
    expect(file).toBe(`${dataDirectory}/demo-accounts.txt`);
    expect(statSync(file!).mode & 0o777).toBe(0o600);

    await waypoint.stop();
    waypoint = await startWaypoint(database.environment);
    expect(printedAccounts(waypoint.output())).toEqual([]);
    expect(waypoint.output()).toContain(`Demo account passwords (local use only): ${file}`);
  });
});
