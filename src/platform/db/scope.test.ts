import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from './connect.js';
import { pathWithin } from './scope.js';

// paths as the org tree writes them, with the neighbours a prefix test could wrongly take in: a sibling whose id
// starts like the node's, the node's path without its slash, and ids beside '/' in byte order ('-' and '0')
const PATHS = ['/r/', '/r/a/', '/r/a/x/', '/r/a/x/y/', '/r/a-b/', '/r/a0/', '/r/ab/', '/r/a', '/s/a/'];

describe('a subtree on SQLite', () => {
  let dir: string;
  let handle: DbHandle;
  let db: Kysely<{ nodes: { path: string } }>;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'guanjia-scope-'));
    handle = connect({ sqliteFile: path.join(dir, 'scope.db') });
    db = handle.db as unknown as Kysely<{ nodes: { path: string } }>;
    await sql`create table nodes (path text not null)`.execute(db);
    await db
      .insertInto('nodes')
      .values(PATHS.map((p) => ({ path: p })))
      .execute();
  });
  afterAll(async () => {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const within = async (prefixes: string[]) =>
    (await db.selectFrom('nodes').select('path').where(pathWithin('path', prefixes)).orderBy('path').execute()).map((r) => r.path);

  it('holds the node and everything under it, and nothing beside it', async () => {
    expect(await within(['/r/a/'])).toEqual(['/r/a/', '/r/a/x/', '/r/a/x/y/']);
    expect(await within(['/r/a/x/', '/s/'])).toEqual(['/r/a/x/', '/r/a/x/y/', '/s/a/']);
    expect(await within(['/'])).toEqual([...PATHS].sort());
    expect(await within([])).toEqual([]);
  });
  it('is written as a range of paths, which SQLite plans once, not as a LIKE it plans at every run', () => {
    const q = db
      .selectFrom('nodes')
      .select('path')
      .where(pathWithin('path', ['/r/a/']))
      .compile();
    expect(q.sql).toContain('("path" >= ? and "path" < ?)');
    expect(q.sql).not.toContain('like');
    expect(q.parameters).toEqual(['/r/a/', '/r/a0']);
  });
});
