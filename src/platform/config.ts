import path from 'node:path';

/**
 * How responses are written: `fast` from the route's JSON schema with fast-json-stringify (zod where the schema
 * cannot say what zod would write), `zod` through zod alone (the old path), `checked` both, comparing them.
 */
export type ResponseSerializer = 'fast' | 'zod' | 'checked';

/** Runtime settings, read once from the environment. */
export interface Config {
  port: number;
  host: string;
  /** Folder of the SQLite file and other local data. */
  dataDir: string;
  /** postgres://… selects PostgreSQL; absent selects embedded SQLite. */
  databaseUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Sign-in attempts per window: `max` per address and username, `maxPerAddress` per address whatever the username. */
  loginRateLimit: { max: number; maxPerAddress: number; windowMs: number };
  /** Cookies get `Secure` when the app is served over HTTPS (or told so). */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  /**
   * `summary` (default): a line per minute of activity, warnings and errors as readable lines;
   * `json`: pino's JSON, a line per request at `logLevel` (for log collectors).
   */
  logFormat: 'summary' | 'json';
  /**
   * Demo mode lets an administrator set the clock (for month-end simulations) and run due jobs at once.
   * On with GUANJIA_DEMO=1, or with `serve --demo` unless GUANJIA_DEMO=0; never on by itself.
   */
  demoMode: boolean;
  /** How often the scheduled-jobs worker looks for due jobs; 0 runs no worker in this process. */
  jobPollMs: number;
  /**
   * How responses are written (GUANJIA_RESPONSE_SERIALIZER): `fast` (default) from each route's JSON schema, `zod`
   * the old way, `checked` both with a comparison (the test suite's setting; see docs/decisions.md, issue 13).
   */
  responseSerializer: ResponseSerializer;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${value}`);
  return n;
}

const SERIALIZERS: readonly ResponseSerializer[] = ['fast', 'zod', 'checked'];

function serializerMode(value: string | undefined): ResponseSerializer {
  if (value === undefined || value === '') return 'fast';
  const mode = SERIALIZERS.find((m) => m === value);
  if (!mode) throw new Error(`GUANJIA_RESPONSE_SERIALIZER is one of ${SERIALIZERS.join(', ')}, not ${value}`);
  return mode;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: int(env.PORT, 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.GUANJIA_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    sessionIdleMinutes: int(env.GUANJIA_SESSION_IDLE_MINUTES, 12 * 60),
    sessionMaxHours: int(env.GUANJIA_SESSION_MAX_HOURS, 7 * 24),
    loginRateLimit: {
      max: int(env.GUANJIA_LOGIN_MAX_PER_MINUTE, 10),
      maxPerAddress: int(env.GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE, 30),
      windowMs: 60_000,
    },
    secureCookies: env.GUANJIA_SECURE_COOKIES === '1',
    trustProxy: env.GUANJIA_TRUST_PROXY === '1',
    logLevel: env.LOG_LEVEL ?? 'info',
    logFormat: env.LOG_FORMAT === 'json' ? 'json' : 'summary',
    demoMode: env.GUANJIA_DEMO === '1',
    jobPollMs: int(env.GUANJIA_JOB_POLL_MS, 10_000),
    responseSerializer: serializerMode(env.GUANJIA_RESPONSE_SERIALIZER),
  };
}
