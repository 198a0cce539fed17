import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withRowsFromArrays } from './sqlite-rows.js';

describe('rows built from arrays', () => {
  let db: SQLite.Database;
  beforeEach(() => {
    db = new SQLite(':memory:');
    db.exec(`create table t (id integer primary key, name text, amount_fen integer, ratio real, photo blob, note text);
             insert into t values (1, '王芳', 1500, 0.5, x'0102', null), (2, 'a"b', -3, 2.25, null, 'x');`);
  });
  afterEach(() => db.close());

  /** What better-sqlite3 itself returns, and what the statement built from arrays returns, for one query. */
  const both = (sql: string, params: unknown[] = []) => ({
    own: db.prepare(sql).all(params),
    ours: withRowsFromArrays(db.prepare(sql)).all(params),
  });

  it('gives the objects better-sqlite3 gives: keys, their order, every type, nulls', () => {
    const { own, ours } = both('select * from t where id >= ? order by id', [1]);
    expect(ours).toEqual(own);
    expect(ours.map((r) => Object.keys(r as object))).toEqual(own.map((r) => Object.keys(r as object)));
    expect((ours[0] as { photo: Buffer }).photo).toEqual(Buffer.from([1, 2]));
  });

  it('lets the later of two columns with one name win, as better-sqlite3 does', () => {
    const { own, ours } = both('select a.id, a.name, b.id, b.name from t a join t b on b.id = a.id + 1');
    expect(ours).toEqual(own);
    expect(ours).toEqual([{ id: 2, name: 'a"b' }]);
  });

  it('takes any column name as a name, never as code', () => {
    const names = ['a"b', "c'd", 'e\nf', '}); throw 1; ({', 'constructor', '中文', '\u2028'];
    const sql = `select ${names.map((n, i) => `${i} as "${n.replaceAll('"', '""')}"`).join(', ')}`;
    const { own, ours } = both(sql);
    expect(ours).toEqual(own);
    expect(Object.keys(ours[0] as object)).toEqual(names);
  });

  it('leaves a statement naming a column __proto__ to better-sqlite3 as it is (a literal would set the prototype)', () => {
    const own = db.prepare('select x\'01\' as "__proto__", 2 as x');
    expect(withRowsFromArrays(own)).toBe(own);
    expect((own.all() as Record<string, unknown>[])[0]!.x).toBe(2);
  });

  it('iterates the same rows, and runs writes as before', () => {
    const write = withRowsFromArrays(db.prepare('insert into t (name) values (?)'));
    expect(write.reader).toBe(false);
    expect(write.readonly).toBe(false);
    expect(write.run(['三']).changes).toBe(1);
    const read = withRowsFromArrays(db.prepare('select id, name from t order by id'));
    expect(read.readonly).toBe(true);
    expect([...read.iterate([])]).toEqual(db.prepare('select id, name from t order by id').all());
  });

  it('returns the rows of an insert … returning', () => {
    const statement = withRowsFromArrays(db.prepare('insert into t (name) values (?) returning id, name'));
    expect(statement.all(['四'])).toEqual([{ id: 3, name: '四' }]);
  });
});
