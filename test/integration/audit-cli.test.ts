import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

function cli(args: string[], input?: string) {
  const env = { ...process.env, GUANJIA_DATA_DIR: t.database.dataDir, DATABASE_URL: t.database.databaseUrl ?? '' };
  const res = spawnSync(process.execPath, ['bin/guanjia.js', ...args], { env, input: input ?? '', encoding: 'utf8' });
  return { code: res.status, stdout: res.stdout + res.stderr };
}

function passwordFile(password: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-pw-')), 'password');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return file;
}

describe('guanjia CLI', () => {
  // each CLI process starts tsx and opens the database: seconds apiece on a busy machine
  it('creates a user from a password file, who signs in and must choose their own password before anything else', {
    timeout: 60_000,
  }, async () => {
    const res = cli([
      'user',
      'create',
      '--username',
      'clerk1',
      '--password-file',
      passwordFile('clerk-pass-1'),
      '--role',
      'cashier',
      '--org',
      'office-a',
      '--name',
      '新收费员',
    ]);
    expect(res.stdout).toContain('user clerk1 created with role cashier at 翠竹园管理处');
    const clerk = t.anonymous();
    const login = await clerk.post('/api/auth/login', { username: 'clerk1', password: 'clerk-pass-1' });
    expect(login.status).toBe(200);
    expect(login.body.grants[0]).toMatchObject({ roleCode: 'cashier', orgName: '翠竹园管理处' });
    expect(login.body.user.mustChangePassword).toBe(true);
    const refused = await clerk.get('/api/receipts');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.password_change_required');
    expect((await clerk.post('/api/auth/password', { currentPassword: 'clerk-pass-1', newPassword: 'my-own-pass-9' })).status).toBe(200);
    expect((await clerk.get('/api/receipts')).status).toBe(200);
  });

  it('takes a password on standard input, and refuses one on the command line or a weak one', { timeout: 120_000 }, async () => {
    const piped = cli(['user', 'create', '--username', 'clerk2', '--password-stdin', '--role', 'cashier'], 'clerk-pass-2\n');
    expect(piped.code).toBe(0);
    expect((await t.anonymous().post('/api/auth/login', { username: 'clerk2', password: 'clerk-pass-2' })).status).toBe(200);

    const onCommandLine = cli(['user', 'create', '--username', 'clerk3', '--password', 'clerk-pass-3', '--role', 'cashier']);
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.stdout).toContain('--password was removed');
    const weak = cli(['user', 'create', '--username', 'clerk3', '--password-stdin', '--role', 'cashier'], 'clerk3clerk3\n');
    expect(weak.code).toBe(2);
    expect(weak.stdout).toContain('password.contains_username');
    const none = cli(['user', 'create', '--username', 'clerk3', '--role', 'cashier']);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('--password-file');
    expect(await t.runtime.deps.db.selectFrom('users').select('id').where('username', '=', 'clerk3').executeTakeFirst()).toBeUndefined();
  });

  it('explains a refused user creation instead of crashing', async () => {
    const res = cli(['user', 'create', '--username', 'clerk1', '--password-file', passwordFile('clerk-pass-1'), '--role', 'cashier']);
    expect(res.code).toBe(2);
    expect(res.stdout).toContain('user.username_taken');
  });

  it('verifies the audit chain, and names the event a hand edit broke (X1)', { timeout: 120_000 }, async () => {
    // a name the chain's text must carry exactly: on PostgreSQL the database hashes the event's values (appendEvent),
    // and the verifier hashes them again in JavaScript
    const admin = await t.login('admin');
    const tricky = `O'Brien \\ "引号" 换\n行 \u2028 😀 $1 E'x'`;
    const node = await admin.post('/api/orgs', { parentId: await t.org('office-a'), kind: 'department', name: tricky });
    expect(node.status).toBe(201);
    const stored = await t.runtime.deps.db
      .selectFrom('audit_events')
      .select('after_json')
      .where('entity_id', '=', node.body.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(stored.after_json ?? '{}').name).toBe(tricky);
    const ok = cli(['audit', 'verify']);
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
    const broken = cli(['audit', 'verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`BROKEN at event seq ${victim.seq} (id ${victim.id}): hash_mismatch`);
  });
});
