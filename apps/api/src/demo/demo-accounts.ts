import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { passwordProblem } from '../auth/password-rules';
import { ConfigError } from '../config';
import type { DemoClinician } from './demo-practice';

// The demo practice's accounts and their passwords: random at seed time (or one known password
// for tests), printed once at start-up for local use, and kept in a file only the owner reads.

/** A demo account and the password it signs in with. */
export interface DemoAccount {
  readonly email: string;
  readonly role: DemoClinician['role'];
  readonly password: string;
}

/** Where the demo passwords are kept, beside the embedded database they belong to. */
export const DEMO_ACCOUNTS_FILE = 'demo-accounts.txt';

/** A random password that follows the rules: 18 base64url characters, 108 bits. */
export function generateDemoPassword(email: string): string {
  for (;;) {
    const password = randomBytes(18).toString('base64url').slice(0, 18);
    if (passwordProblem(password, email) === null) return password;
  }
}

/**
 * The password of each demo account: WAYPOINT_DEMO_PASSWORD for all when set (it must follow
 * the same rules as any other), otherwise a new random one each.
 */
export function demoPasswords(
  clinicians: readonly DemoClinician[],
  knownPassword: string | null,
): DemoAccount[] {
  return clinicians.map((clinician) => {
    if (knownPassword === null) {
      return { ...pick(clinician), password: generateDemoPassword(clinician.email) };
    }
    const problem = passwordProblem(knownPassword, clinician.email);
    if (problem) throw new ConfigError('WAYPOINT_DEMO_PASSWORD', problem);
    return { ...pick(clinician), password: knownPassword };
  });
}

function pick(clinician: DemoClinician): Pick<DemoAccount, 'email' | 'role'> {
  return { email: clinician.email, role: clinician.role };
}

/** The lines printed at start-up and kept in the file: one account a line. */
export function describeDemoAccounts(accounts: readonly DemoAccount[]): string {
  const lines = accounts.map(
    (account) => `  ${account.role.padEnd(10)} ${account.email.padEnd(30)} ${account.password}`,
  );
  return `Demo accounts (local use only):\n${lines.join('\n')}\n`;
}

/** Writes the demo passwords to the data folder, readable by the owner only. */
export async function writeDemoAccountsFile(
  dataDirectory: string,
  accounts: readonly DemoAccount[],
): Promise<string> {
  const file = path.join(dataDirectory, DEMO_ACCOUNTS_FILE);
  await fs.mkdir(dataDirectory, { recursive: true });
  await fs.rm(file, { force: true });
  await fs.writeFile(file, describeDemoAccounts(accounts), { mode: 0o600 });
  return file;
}

/** The demo passwords file of a data folder, when there is one. */
export async function findDemoAccountsFile(dataDirectory: string): Promise<string | null> {
  const file = path.join(dataDirectory, DEMO_ACCOUNTS_FILE);
  return fs.access(file).then(
    () => file,
    () => null,
  );
}
