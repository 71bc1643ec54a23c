import { spawn } from 'node:child_process';
import path from 'node:path';
import { GraphqlSession } from '../../support/graphql-session';
import {
  apiEntry,
  createTestDatabase,
  startWaypoint,
  type TestDatabase,
} from '../../support/waypoint-process';
import { SetPassword, SignIn, ViewerQuery } from './account-documents';

const repositoryRoot = path.resolve(__dirname, '../../..');

/** Runs `node dist/api/main.mjs <arguments>` to completion. */
function runCommand(
  environment: Readonly<Record<string, string>>,
  ...arguments_: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [apiEntry, ...arguments_], {
    cwd: repositoryRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The operator's command that makes a production database's first practice and admin. */
describe('the create-practice command', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database?.dispose();
  });

  it('creates a practice and its admin, prints a one-time link, and the admin can sign in', async () => {
    const created = await runCommand(
      { ...database.environment, PUBLIC_URL: 'https://waypoint.example.org/' },
      'create-practice',
      '--name',
      'Harbour Psychology',
      '--admin-email',
      'Director@Harbour.example',
      '--admin-name',
      'Ada Director',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    const link = /https:\/\/waypoint\.example\.org\/set-password\?token=([\w-]{43})/.exec(
      created.stdout,
    );
    expect(link).not.toBeNull();

    const waypoint = await startWaypoint({ ...database.environment, WAYPOINT_DEMO_DATA: 'false' });
    try {
      const browser = new GraphqlSession(waypoint.url);
      const password = 'lighthouse tide chart rope';
      const set = await browser.post(SetPassword, { token: link![1], password });
      expect(set.body.data?.setPassword).toBe(true);
      const admin = await browser.post(SignIn, {
        input: { email: 'director@harbour.example', password },
      });
      expect(admin.body.data?.signIn.viewer?.clinician).toMatchObject({
        role: 'ADMIN',
        displayName: 'Ada Director',
      });
      expect(admin.body.data?.signIn.viewer?.practice.name).toBe('Harbour Psychology');
      expect((await browser.post(ViewerQuery)).body.data?.viewer?.clinician.email).toBe(
        'director@harbour.example',
      );
    } finally {
      await waypoint.stop();
    }
  });

  it('refuses an email that is already an account, and writes nothing', async () => {
    const again = await runCommand(
      database.environment,
      'create-practice',
      '--name',
      'Another Practice',
      '--admin-email',
      'director@harbour.example',
      '--admin-name',
      'Someone Else',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /^waypoint: --admin-email: An account with this email address already exists/,
    );
    expect(again.stdout).toBe('');
  });

  it.each([
    [['--name', 'X'], /--admin-email: Enter an email address/],
    [
      ['--name', '', '--admin-email', 'a@b.example', '--admin-name', 'A'],
      /--name: 1 to 200 characters/,
    ],
    [
      ['--name', 'X', '--admin-email', 'a@b.example', '--admin-name', ' '],
      /--admin-name: Display name/,
    ],
    [['--nmae', 'X'], /Unknown option '--nmae'/],
  ])('explains what is wrong with %p and how to call it', async (arguments_, problem) => {
    const result = await runCommand(database.environment, 'create-practice', ...arguments_);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toContain('usage: waypoint create-practice');
  });

  it('names an unknown command', async () => {
    const result = await runCommand(database.environment, 'make-coffee');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "make-coffee"/);
  });
});
