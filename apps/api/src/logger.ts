import type { Config } from './config';

type Level = Exclude<Config['logLevel'], 'silent'>;
const severity: Record<Config['logLevel'], number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 99,
};

/** Facts about the system, never about clients: ids, counts and timings only, no PHI. */
export type LogFields = Readonly<Record<string, string | number | boolean | null>>;

/** One JSON line per event, so logs stay machine-readable and free of free text from users. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** A logger writing JSON lines to stderr at or above the given level. */
export function createLogger(level: Config['logLevel']): Logger {
  const write =
    (entryLevel: Level) =>
    (event: string, fields: LogFields = {}) => {
      if (severity[entryLevel] < severity[level]) return;
      const line = { time: new Date().toISOString(), level: entryLevel, event, ...fields };
      process.stderr.write(`${JSON.stringify(line)}\n`);
    };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
