import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

const run = promisify(execFile);
let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

async function cli(...args: string[]) {
  const env = { ...process.env, GUANJIA_DATA_DIR: t.database.dataDir, DATABASE_URL: t.database.databaseUrl ?? '' };
  try {
    const { stdout } = await run(process.execPath, ['bin/guanjia.js', ...args], { env });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout + err.stderr };
  }
}

describe('guanjia CLI', () => {
  it('creates a user who can then sign in through the API', async () => {
    const res = await cli(
      'user',
      'create',
      '--username',
      'clerk1',
      '--password',
      'clerk-pass-1',
      '--role',
      'cashier',
      '--org',
      'office-a',
      '--name',
      '新收费员',
    );
    expect(res.stdout).toContain('user clerk1 created with role cashier at 翠竹园管理处');
    const login = await t.anonymous().post('/api/auth/login', { username: 'clerk1', password: 'clerk-pass-1' });
    expect(login.status).toBe(200);
    expect(login.body.grants[0]).toMatchObject({ roleCode: 'cashier', orgName: '翠竹园管理处' });
  });

  it('explains a refused user creation instead of crashing', async () => {
    const res = await cli('user', 'create', '--username', 'clerk1', '--password', 'clerk-pass-1', '--role', 'cashier');
    expect(res.code).toBe(2);
    expect(res.stdout).toContain('user.username_taken');
  });

  it('verifies the audit chain, and names the event a hand edit broke', async () => {
    const ok = await cli('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/demo: \d+ events, chain intact/);

    const db = t.runtime.deps.db;
    const victim = await db
      .selectFrom('audit_events')
      .select(['seq', 'id'])
      .where('action', '=', 'user.create')
      .orderBy('seq')
      .executeTakeFirstOrThrow();
    await sql`update audit_events set after_json = ${JSON.stringify({ displayName: '篡改' })} where id = ${victim.id}`.execute(db);
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at event seq ${victim.seq} (id ${victim.id}): hash_mismatch`);
  });
});
