import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { recordAuditEvent } from '../audit/audit-trail';
import { accountAuditEntry } from '../auth/account-audit';
import { emailTaken, validateAccountInput, type ValidAccountInput } from '../auth/account-input';
import { insertClinician, isEmailTaken } from '../auth/account.repository';
import { issueSetPasswordLink, type IssuedLink } from '../auth/set-password-links';
import { loadConfig, type Config } from '../config';
import { connectDatabase, type DatabaseConnection } from '../database/connection';
import { startEmbeddedServer, type EmbeddedServer } from '../database/embedded-server';
import { migrate } from '../database/migrate';
import { createLogger } from '../logger';

// `node dist/api/main.mjs create-practice --name "..." --admin-email x@y --admin-name "..."`:
// a production database has no demo data, so its first practice and admin come from here.

/** A mistake on the command line; main.ts prints it with the usage and exits with 2. */
export class CommandLineError extends Error {
  override name = 'CommandLineError';
}

export const CREATE_PRACTICE_USAGE =
  'usage: waypoint create-practice --name "Practice name" --admin-email admin@example.org --admin-name "Admin name"';

/** The longest practice name, as the practice table allows. */
const MAX_PRACTICE_NAME_LENGTH = 200;

/** What the command needs, read from its arguments. */
interface CreatePracticeArguments {
  readonly practiceName: string;
  readonly adminEmail: string;
  readonly adminName: string;
}

/** Reads and checks the command's arguments; throws CommandLineError naming the bad one. */
export function parseCreatePracticeArguments(
  arguments_: readonly string[],
): CreatePracticeArguments {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...arguments_],
      options: {
        name: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CommandLineError(`${(error as Error).message}\n${CREATE_PRACTICE_USAGE}`);
  }
  const practiceName = (values['name'] ?? '').trim();
  if (practiceName.length === 0 || practiceName.length > MAX_PRACTICE_NAME_LENGTH) {
    throw new CommandLineError(
      `--name: 1 to ${MAX_PRACTICE_NAME_LENGTH} characters\n${CREATE_PRACTICE_USAGE}`,
    );
  }
  return {
    practiceName,
    adminEmail: values['admin-email'] ?? '',
    adminName: values['admin-name'] ?? '',
  };
}

/**
 * Creates a practice and its first admin in one transaction, prints the admin's one-time
 * set-password link, and stops. Uses the same database as the server (DATABASE_URL, or the
 * embedded one in the data folder, which must not be in use by a running Waypoint).
 */
export async function createPracticeCommand(arguments_: readonly string[]): Promise<void> {
  const parsed = parseCreatePracticeArguments(arguments_);
  const admin = validateAdmin(parsed);
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedServer(config.dataDirectory, logger);
  let database: DatabaseConnection | null = null;
  try {
    database = await connectDatabase(
      config.databaseUrl ?? (embedded as EmbeddedServer).connectionString,
      config.databaseUrl ? 'DATABASE_URL' : 'embedded server',
    );
    await migrate(database.db);
    if (await isEmailTaken(database.db, admin.email)) {
      throw new CommandLineError(`--admin-email: ${emailTaken().message}`);
    }
    const link = await createPractice(database, config, parsed.practiceName, admin).catch(
      (error: unknown) => {
        // The same email created by someone else a moment ago: the unique index decides.
        if ((error as { code?: string }).code === '23505') {
          throw new CommandLineError(`--admin-email: ${emailTaken().message}`);
        }
        throw error;
      },
    );
    process.stdout.write(
      `Created the practice and its admin account.\n` +
        `Send this one-time link to the admin to choose a password (it works once, until ${link.expiresAt.toISOString()}):\n` +
        `${link.url}\n`,
    );
  } finally {
    await database?.close();
    await embedded?.stop();
  }
}

function validateAdmin(parsed: CreatePracticeArguments): ValidAccountInput {
  try {
    return validateAccountInput({
      email: parsed.adminEmail,
      displayName: parsed.adminName,
      role: 'ADMIN',
    });
  } catch (error) {
    const field = (error as { extensions?: { field?: string } }).extensions?.field;
    const option = field === 'email' ? '--admin-email' : '--admin-name';
    throw new CommandLineError(`${option}: ${(error as Error).message}\n${CREATE_PRACTICE_USAGE}`);
  }
}

async function createPractice(
  database: DatabaseConnection,
  config: Config,
  practiceName: string,
  admin: ValidAccountInput,
): Promise<IssuedLink> {
  const now = new Date();
  return database.db.transaction().execute(async (transaction) => {
    const practice = await transaction
      .insertInto('practice')
      .values({ name: practiceName })
      .returning('id')
      .executeTakeFirstOrThrow();
    const clinician = await insertClinician(transaction, { ...admin, practiceId: practice.id });
    const link = await issueSetPasswordLink(
      transaction,
      {
        practiceId: practice.id,
        clinicianId: clinician.id,
        createdBy: null,
        publicUrl: commandPublicUrl(config),
      },
      now,
    );
    // No one is signed in: the operator's command is the actor-less creator.
    await recordAuditEvent(
      transaction,
      accountAuditEntry(`cli-${randomUUID()}`, {
        practiceId: practice.id,
        actorId: null,
        action: 'ACCOUNT_CREATED',
        entityType: 'CLINICIAN',
        entityId: clinician.id,
      }),
    );
    return link;
  });
}

/** PUBLIC_URL, or where the server listens by default (HOST and PORT). */
function commandPublicUrl(config: Config): string {
  if (config.publicUrl) return config.publicUrl;
  const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
  return `http://${host}:${config.port === 0 ? 3000 : config.port}`;
}
