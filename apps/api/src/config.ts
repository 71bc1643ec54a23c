import path from 'node:path';

/** Everything Waypoint reads from the environment, validated once at start. */
export interface Config {
  readonly environment: 'development' | 'production' | 'test';
  readonly host: string;
  /** 0 asks the system for a free port. */
  readonly port: number;
  /** An external PostgreSQL server; when absent, Waypoint runs its own embedded one. */
  readonly databaseUrl: string | null;
  /** Where the embedded server keeps its files. */
  readonly dataDirectory: string;
  /** Whether an empty database is filled with the fictional demo practice. */
  readonly isDemoDataEnabled: boolean;
  /** The built dashboard that the API serves beside /graphql. */
  readonly dashboardDirectory: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** A session ends after this long without a request (SESSION_IDLE_MINUTES, default 15). */
  readonly sessionIdleMilliseconds: number;
  /** A session ends this long after sign-in, whatever happens (SESSION_LIFETIME_HOURS, 12). */
  readonly sessionLifetimeMilliseconds: number;
  /**
   * The address people reach Waypoint at, for set-password links (PUBLIC_URL). Null: the
   * address Waypoint listens on, as http://HOST:PORT (localhost for 0.0.0.0).
   */
  readonly publicUrl: string | null;
  /** 32 bytes that encrypt TOTP secrets (WAYPOINT_SECRET_KEY); null: a key file in the data folder. */
  readonly secretKey: Buffer | null;
  /** One known password for every demo account (WAYPOINT_DEMO_PASSWORD), for tests; null: random. */
  readonly demoPassword: string | null;
  /** Shown with every safety flag (WAYPOINT_CRISIS_RESOURCES); the US lines by default. */
  readonly crisisResources: readonly CrisisResource[];
}

/** Where to turn in a crisis: "Suicide & Crisis Lifeline" — "Call or text 988". */
export interface CrisisResource {
  readonly label: string;
  readonly contact: string;
}

/** The United States' lines (988 Suicide & Crisis Lifeline; 911 for emergencies). */
export const US_CRISIS_RESOURCES: readonly CrisisResource[] = [
  { label: '988 Suicide & Crisis Lifeline', contact: 'Call or text 988' },
  { label: 'In an emergency', contact: 'Call 911' },
];

/** The longest idle timeout and absolute lifetime accepted: a day and a week. */
const MAX_IDLE_MINUTES = 24 * 60;
const MAX_LIFETIME_HOURS = 7 * 24;

/** A bad setting; the message names the variable so it can be fixed in one go. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

/** Reads and validates the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(environment: Environment, workingDirectory = process.cwd()): Config {
  const nodeEnvironment = oneOf(
    environment,
    'NODE_ENV',
    ['development', 'production', 'test'],
    'development',
  );
  const isProduction = nodeEnvironment === 'production';
  const isDemoDataEnabled = booleanSetting(environment, 'WAYPOINT_DEMO_DATA', !isProduction);
  if (isProduction && isDemoDataEnabled) {
    throw new ConfigError('WAYPOINT_DEMO_DATA', 'demo data is never seeded in production');
  }
  const demoPassword = read(environment, 'WAYPOINT_DEMO_PASSWORD') ?? null;
  if (demoPassword !== null && !isDemoDataEnabled) {
    throw new ConfigError(
      'WAYPOINT_DEMO_PASSWORD',
      'only used with demo data, never in production',
    );
  }
  const idleMinutes = positiveNumber(environment, 'SESSION_IDLE_MINUTES', 15, MAX_IDLE_MINUTES);
  const lifetimeHours = positiveNumber(
    environment,
    'SESSION_LIFETIME_HOURS',
    12,
    MAX_LIFETIME_HOURS,
  );
  if (idleMinutes * 60 > lifetimeHours * 3600) {
    throw new ConfigError('SESSION_IDLE_MINUTES', 'must not be longer than SESSION_LIFETIME_HOURS');
  }
  return {
    environment: nodeEnvironment,
    host: nonEmpty(environment, 'HOST', '127.0.0.1'),
    port: portSetting(environment, 'PORT', 3000),
    databaseUrl: databaseUrlSetting(environment, 'DATABASE_URL'),
    dataDirectory: path.resolve(
      workingDirectory,
      nonEmpty(environment, 'WAYPOINT_DATA_DIR', 'data'),
    ),
    isDemoDataEnabled,
    dashboardDirectory: path.resolve(
      workingDirectory,
      nonEmpty(environment, 'WAYPOINT_DASHBOARD_DIR', 'dist/dashboard/browser'),
    ),
    logLevel: oneOf(environment, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
    sessionIdleMilliseconds: Math.round(idleMinutes * 60_000),
    sessionLifetimeMilliseconds: Math.round(lifetimeHours * 3_600_000),
    publicUrl: publicUrlSetting(environment, 'PUBLIC_URL'),
    secretKey: secretKeySetting(environment, 'WAYPOINT_SECRET_KEY'),
    demoPassword,
    crisisResources: crisisResourcesSetting(environment, 'WAYPOINT_CRISIS_RESOURCES'),
  };
}

/** "Label=contact; Label=contact", for another country's lines. */
function crisisResourcesSetting(environment: Environment, variable: string): CrisisResource[] {
  const value = read(environment, variable);
  if (value === undefined) return [...US_CRISIS_RESOURCES];
  return value.split(';').map((entry) => {
    const [label, contact, ...rest] = entry.split('=').map((part) => part.trim());
    if (!label || !contact || rest.length > 0 || label.length > 100 || contact.length > 100) {
      throw new ConfigError(
        variable,
        'expected "Label=contact" pairs separated by ";", such as "Samaritans=Call 116 123"',
      );
    }
    return { label, contact };
  });
}

function read(environment: Environment, variable: string): string | undefined {
  const value = environment[variable]?.trim();
  return value === '' ? undefined : value;
}

function nonEmpty(environment: Environment, variable: string, fallback: string): string {
  return read(environment, variable) ?? fallback;
}

function oneOf<T extends string>(
  environment: Environment,
  variable: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = read(environment, variable);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(variable, `expected one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

function booleanSetting(environment: Environment, variable: string, fallback: boolean): boolean {
  const value = read(environment, variable);
  if (value === undefined) return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(variable, `expected true or false, got "${value}"`);
}

function portSetting(environment: Environment, variable: string, fallback: number): number {
  const value = read(environment, variable);
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ConfigError(variable, `expected a port number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function databaseUrlSetting(environment: Environment, variable: string): string | null {
  const value = read(environment, variable);
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      variable,
      'expected a URL such as postgres://user:password@host:5432/name',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(variable, `expected a postgres:// URL, got a ${url.protocol} URL`);
  }
  return value;
}

/** A positive decimal number up to `maximum`; fractions allowed, so tests can use seconds. */
function positiveNumber(
  environment: Environment,
  variable: string,
  fallback: number,
  maximum: number,
): number {
  const value = read(environment, variable);
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || number <= 0 || number > maximum) {
    throw new ConfigError(
      variable,
      `expected a number above 0 and up to ${maximum}, got "${value}"`,
    );
  }
  return number;
}

function publicUrlSetting(environment: Environment, variable: string): string | null {
  const value = read(environment, variable);
  if (value === undefined) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    // Reported below with the same message as a wrong protocol.
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new ConfigError(
      variable,
      `expected an http:// or https:// address such as https://waypoint.example.org, got "${value}"`,
    );
  }
  return url.toString().replace(/\/+$/, '');
}

function secretKeySetting(environment: Environment, variable: string): Buffer | null {
  const value = read(environment, variable);
  if (value === undefined) return null;
  const isHex = /^[0-9a-fA-F]{64}$/.test(value);
  const isBase64 = /^[A-Za-z0-9+/_-]{43}=?$/.test(value);
  const key = isHex ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if ((!isHex && !isBase64) || key.length !== 32) {
    throw new ConfigError(
      variable,
      'expected 32 random bytes as 64 hex digits or base64 (openssl rand -hex 32)',
    );
  }
  return key;
}
