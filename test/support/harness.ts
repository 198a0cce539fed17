import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { AdjustableClock } from '../../src/platform/clock.js';
import { loadConfig } from '../../src/platform/config.js';
import { createApp, openRuntime, type Runtime } from '../../src/runtime.js';
import { seedDemo } from '../../src/seed/demo.js';
import { freshDatabase, type TestDatabase } from './database.js';
import { DEMO_PASSWORD } from './demo-password.js';
import type { SeededTemplate } from './seeded-template.js';

export interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test bodies are checked by assertions
  body: any;
  headers: LightMyRequestResponse['headers'];
}

type App = Awaited<ReturnType<typeof createApp>>;

/** A browser-like client: keeps its session cookie and sends the CSRF header, like the web app does. */
export class Agent {
  cookie: string | undefined;
  constructor(
    private readonly app: App,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  async request(
    method: 'GET' | 'HEAD' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply> {
    // A raw string is sent as it is (for malformed JSON); anything else as JSON; bodiless writes send {}.
    const payload = method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body ?? {});
    const res = await this.app.inject({
      method,
      url,
      headers: {
        ...(payload === undefined ? {} : { 'content-type': 'application/json', 'x-guanjia-csrf': '1' }),
        ...(this.cookie ? { cookie: `gj_session=${this.cookie}` } : {}),
        ...this.extraHeaders,
        ...headers,
      },
      ...(payload === undefined ? {} : { payload }),
    });
    const setCookie = res.cookies.find((c) => c.name === 'gj_session');
    if (setCookie) this.cookie = setCookie.value || undefined;
    let parsed: unknown = res.body;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.statusCode, body: parsed, headers: res.headers };
  }
  get = (url: string) => this.request('GET', url);
  post = (url: string, body?: unknown) => this.request('POST', url, body);
  patch = (url: string, body?: unknown) => this.request('PATCH', url, body);
  put = (url: string, body?: unknown) => this.request('PUT', url, body);
}

export interface TestEnv {
  app: App;
  runtime: Runtime;
  clock: AdjustableClock;
  database: TestDatabase;
  anonymous(): Agent;
  /**
   * Signs in a demo user (password guanjia2026 unless given) and returns their agent; a user who must
   * change their password is let off it, so suites can act as the users they make.
   */
  login(username: string, password?: string): Promise<Agent>;
  /** Id of a demo node by its code. */
  org(code: string): Promise<string>;
  userId(username: string): Promise<string>;
  close(): Promise<void>;
}

/** The run's seeded template, when the run has one. */
function seededTemplate(): SeededTemplate | null {
  try {
    return inject('seededTemplate') ?? null;
  } catch {
    return null;
  }
}

/** The real app on a fresh database of the engine under test, seeded with the demo tenant. */
export async function startTestEnv(
  options: {
    seed?: boolean;
    /** Seeds the demo anew instead of copying the run's template (for a test of the seeding itself). */
    reseed?: boolean;
    env?: NodeJS.ProcessEnv;
    web?: NonNullable<Parameters<typeof createApp>[1]>['web'];
  } = {},
): Promise<TestEnv> {
  // a seeded env starts from the run's seeded template (vitest's globalSetup), or seeds itself outside one
  const template = options.seed !== false && !options.reseed ? seededTemplate() : null;
  const database = await freshDatabase(template ?? undefined);
  const config = loadConfig({
    GUANJIA_DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    GUANJIA_LOGIN_MAX_PER_MINUTE: '1000',
    GUANJIA_LOGIN_MAX_PER_ADDRESS_PER_MINUTE: '10000',
    // every answer of every test is written both ways and compared (docs/decisions.md, issue 13), unless a run says otherwise
    GUANJIA_RESPONSE_SERIALIZER: process.env.GUANJIA_RESPONSE_SERIALIZER ?? 'checked',
    ...options.env,
  });
  const clock = new AdjustableClock();
  const runtime = await openRuntime(config, { clock });
  if (options.seed !== false && !template) await seedDemo(runtime.deps, { password: DEMO_PASSWORD });
  const app = await createApp(runtime, { web: options.web });
  await app.ready();
  const sessions = new Map<string, Agent>();
  const db = runtime.deps.db;
  return {
    app,
    runtime,
    clock,
    database,
    anonymous: () => new Agent(app),
    async login(username, password = DEMO_PASSWORD) {
      const key = `${username}:${password}`;
      const cached = sessions.get(key);
      if (cached) return cached;
      const agent = new Agent(app);
      const res = await agent.post('/api/auth/login', { username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      if (res.body.user.mustChangePassword) {
        // A user an administrator just made must choose a password before anything else (auth.test
        // and audit-cli.test prove it); the suites acting as them take that step as done.
        await db.updateTable('users').set({ must_change_password: 0 }).where('id', '=', res.body.user.id).execute();
      }
      sessions.set(key, agent);
      return agent;
    },
    async org(code) {
      const r = await db.selectFrom('org_nodes').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return r.id;
    },
    async userId(username) {
      const r = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
      return r.id;
    },
    async close() {
      await app.close();
      await runtime.close();
      await database.drop();
    },
  };
}
