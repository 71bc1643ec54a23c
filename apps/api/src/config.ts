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
}

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
  };
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
