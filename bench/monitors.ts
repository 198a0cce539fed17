// The compliance page (X5) over a large tenant: 1,000,000 orders (one line each, their invoices) and
// 100,000 receipts (in books of 50) across 200 offices, bulk-loaded into a fresh SQLite file after the real
// migrations. Prints the time to compute the whole page for HQ and for one office (the API's code path,
// warm, median of several runs) against the floor: one indexed COUNT(*) of the tenant's orders in the same
// run. SQLite only: the load writes through better-sqlite3 prepared statements in big transactions.
import Database from 'better-sqlite3';
import { compliancePage, monitorBreaches } from '../src/modules/compliance/compliance.service.js';
import { MODULES } from '../src/modules/index.js';
import { verifyQuotes } from '../src/modules/orders/order-price-check.service.js';
import { createOrg } from '../src/modules/orgs/org.service.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';
import { loadConfig } from '../src/platform/config.js';
import { inTransaction, systemActor, type UseCase } from '../src/platform/context.js';
import { newId } from '../src/platform/ids.js';
import { openRuntime } from '../src/runtime.js';
import { arg, benchDatabase, peakRssMb } from './support.js';

const ORDERS = Number(arg('n', '1000000'));
const RECEIPTS = Number(arg('receipts', '100000'));
const OFFICES = 200;
const BOOK_SIZE = 50;
const RUNS = 5;

const database = await benchDatabase('sqlite');
const runtime = await openRuntime(loadConfig({ ...process.env, ...database.env }));
const tenant = await createTenant(runtime.deps, { code: 'bench', name: '基准', rootName: '总部', rootCode: 'hq' });
const ctx: UseCase = { ...runtime.deps, actor: systemActor(tenant.id), requestId: null };
const t = tenant.id;
const company = await createOrg(ctx, { parentId: tenant.rootId, kind: 'company', name: '物业公司' });
const offices: string[] = [];
for (let i = 0; i < OFFICES; i++) offices.push((await createOrg(ctx, { parentId: company.id, kind: 'office', name: `管理处${i}` })).id);

const loadStarted = performance.now();
const sqlite = new Database(`${database.env.GUANJIA_DATA_DIR}/guanjia.db`);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = OFF');
sqlite.pragma('cache_size = -1000000');
// the migrations' secondary indexes of the big tables are dropped for the load and then built again from
// their own stored definitions (a sorted build is far faster than a million inserts into each index)
const BIG = ['orders', 'order_lines', 'invoices', 'receipts', 'receipt_books'];
const indexes = sqlite
  .prepare(
    `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${BIG.map(() => '?').join(', ')})`,
  )
  .all(...BIG) as { name: string; sql: string }[];
for (const i of indexes) sqlite.exec(`drop index ${i.name}`);
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;
/** Inserts `rows` rows in transactions of 50,000 through one prepared statement; a null row is skipped. */
const bulk = (sql: string, rows: number, row: (i: number) => unknown[] | null) => {
  const stmt = sqlite.prepare(sql);
  const chunk = 50_000;
  for (let from = 0; from < rows; from += chunk) {
    sqlite.transaction(() => {
      for (let i = from; i < Math.min(rows, from + chunk); i++) {
        const values = row(i);
        if (values) stmt.run(values);
      }
    })();
  }
};

// one service item, and per office one published price list with its price
const item = newId();
sqlite
  .prepare('insert into service_items values (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  .run(t, item, 'indoor-cleaning', '室内保洁', 'housekeeping', 'hour', 1, iso(now), iso(now));
const lists = offices.map(() => newId());
bulk(
  `insert into price_lists (tenant_id, id, office_id, number, state, title, submitted_at, submitted_by, approved_at, approved_by,
     return_reason, published_at, superseded_at, version, created_at, updated_at)
   values (?, ?, ?, 1, 'published', '价目表', ?, '基准', ?, '基准', null, ?, null, 1, ?, ?)`,
  OFFICES,
  (i) => [t, lists[i], offices[i], iso(now - 400 * 24 * HOUR), iso(now - 400 * 24 * HOUR), iso(now - 400 * 24 * HOUR), iso(now), iso(now)],
);
bulk('insert into price_list_lines values (?, ?, ?, ?, null)', OFFICES, (i) => [t, lists[i], item, 6000]);

// orders over the past year, most accepted; one line each at the list price
const orderIds: string[] = new Array(ORDERS);
const acceptedAt = (i: number) => now - ((i * 7919) % (365 * 24)) * HOUR - HOUR;
const accepted = (i: number) => i % 20 !== 0;
bulk(
  `insert into orders (tenant_id, id, number, type, office_id, state, version, channel, customer_name, customer_phone, address,
     description, staff_count, appointment_start, appointment_end, price_list_id, price_accepted_at, approved_at, approved_by,
     service_fee_fen, material_fee_fen, total_fen, requested_at, quoted_at, confirmed_at, assigned_at, departed_at, arrived_at,
     started_at, completed_at, accepted_at, paid_at, closed_at, cancelled_at, cancel_reason, round, created_by, created_at, updated_at)
   values (?, ?, ?, 'housekeeping', ?, ?, 5, 'phone', '业主', null, null, null, 1, null, null, ?, null, null, null,
     18000, 0, 18000, ?, ?, null, null, null, null, null, null, ?, null, null, null, null, 1, null, ?, ?)`,
  ORDERS,
  (i) => {
    const id = newId();
    orderIds[i] = id;
    const at = acceptedAt(i);
    return [
      t,
      id,
      `JZ-${i}`,
      offices[i % OFFICES],
      accepted(i) ? 'closed' : 'quoted',
      lists[i % OFFICES],
      iso(at - 5 * HOUR),
      iso(at - 4 * HOUR),
      accepted(i) ? iso(at) : null,
      iso(at - 5 * HOUR),
      iso(at),
    ];
  },
);
bulk("insert into order_lines values (?, ?, 1, ?, '室内保洁', 'hour', 6000, 3000, 18000)", ORDERS, (i) => [t, orderIds[i], item]);
// invoices: most delivered, some recorded and not delivered, some never recorded
bulk(
  `insert into invoices (tenant_id, id, order_id, office_id, number, kind, invoice_date, amount_fen, issued_by, issued_at,
     delivered_at, delivered_by, delivery_note, basis_at, delivery_delay_ms)
   values (?, ?, ?, ?, ?, 'vat_general', '2026-01-01', 18000, '收费员', ?, ?, ?, null, ?, ?)`,
  ORDERS,
  (i) => {
    if (!accepted(i) || i % 97 === 0) return null;
    const delivered = i % 31 !== 0;
    return [
      t,
      newId(),
      orderIds[i],
      offices[i % OFFICES],
      `FP${i}`,
      iso(acceptedAt(i) + HOUR),
      delivered ? iso(acceptedAt(i) + 2 * HOUR) : null,
      delivered ? '收费员' : null,
      iso(acceptedAt(i)),
      delivered ? 2 * HOUR : null,
    ];
  },
);

// receipt books of 50: settled, except each office's last (issued), some used up (a few overdue), a few with a gap
const books = Math.ceil(RECEIPTS / BOOK_SIZE);
const bookIds = Array.from({ length: books }, () => newId());
const bookState = (b: number) => (b >= books - OFFICES ? (b % 3 === 0 ? 'used_up' : 'issued') : 'settled');
bulk(`insert into receipt_books values (?, ?, ?, ?, ?, ?, ?, ?, null, null, ?, ?, ?, ?, ?, 1)`, books, (b) => {
  const first = b * BOOK_SIZE + 1;
  const state = bookState(b);
  const usedUp = state === 'issued' ? null : iso(now - (b % 7) * 24 * HOUR);
  return [
    t,
    bookIds[b],
    'B',
    first,
    first + BOOK_SIZE - 1,
    first + BOOK_SIZE,
    state,
    offices[b % OFFICES],
    iso(now - 400 * 24 * HOUR),
    iso(now - 300 * 24 * HOUR),
    usedUp,
    state === 'settled' ? usedUp : null,
    state === 'settled' ? '财务' : null,
  ];
});
bulk(
  `insert into receipts values (?, ?, ?, ?, ?, ?, '业主', '[]', 18000, 'cash', 'u', '收费员', ?, null, null, null, null, null, 0)`,
  RECEIPTS,
  (i) => {
    const b = Math.floor(i / BOOK_SIZE);
    // every 40th open book skipped a number
    const skipped = b >= books - OFFICES && b % 40 === 0 && i % BOOK_SIZE === 7;
    return skipped ? null : [t, newId(), bookIds[b], i + 1, `B-${i + 1}`, offices[b % OFFICES], iso(now - 10 * 24 * HOUR)];
  },
);
for (const i of indexes) sqlite.exec(i.sql);
sqlite.exec('analyze');
sqlite.close();
const loadSeconds = (performance.now() - loadStarted) / 1000;
// the price check job's first run verifies every quote once (later runs verify only the new ones)
const checkStarted = performance.now();
await inTransaction(ctx, (tx) => verifyQuotes(tx));
const checkSeconds = (performance.now() - checkStarted) / 1000;

async function median(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const floorMs = await median(() =>
  runtime.deps.db
    .selectFrom('orders')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('tenant_id', '=', t)
    .executeTakeFirst(),
);
const hqMs = await median(() => compliancePage(ctx, { org: tenant.rootId }));
const officeMs = await median(() => compliancePage(ctx, { org: offices[7] }));
const root = await runtime.deps.db.selectFrom('org_nodes').select('path').where('id', '=', tenant.rootId).executeTakeFirstOrThrow();
const perMonitor: string[] = [];
for (const m of MODULES.monitors)
  perMonitor.push(`${m.id} ${(await median(() => m.count(ctx, { nodeId: tenant.rootId, path: root.path }))).toFixed(1)} ms`);
const page = await compliancePage(ctx, { org: tenant.rootId });
// the click-through: the first page of the largest list, for HQ
const listMs = await median(() => monitorBreaches(ctx, 'money.invoices_late', { org: tenant.rootId }, 1, 20));
const covered = page.clauses.filter((c) => c.status !== 'not_monitored');

console.log(`loaded ${ORDERS} orders, ${RECEIPTS} receipts in ${books} books across ${OFFICES} offices in ${loadSeconds.toFixed(1)} s`);
console.log(`first price check over every quote (the orders.price_check job): ${checkSeconds.toFixed(1)} s`);
for (const c of covered) console.log(`  ${c.id} ${c.status} ${c.monitors.map((m) => `${m.id}=${m.count}`).join(' ')}`);
console.log(`floor: indexed COUNT(*) of ${ORDERS} orders  ${floorMs.toFixed(1)} ms`);
console.log(`compliance page, HQ (${page.clauses.length} clauses)  ${hqMs.toFixed(1)} ms  (target < 1000 ms)`);
console.log(`  per monitor, HQ: ${perMonitor.join(', ')}`);
console.log(`first page of the invoices-late breaches, HQ  ${listMs.toFixed(1)} ms`);
console.log(`compliance page, one office  ${officeMs.toFixed(1)} ms`);
await runtime.close();
if (process.argv.includes('--keep')) console.log(`kept ${database.env.GUANJIA_DATA_DIR}/guanjia.db`);
else await database.drop();
console.log(`ratio=${(floorMs / hqMs).toFixed(3)} rss_mb=${peakRssMb()}`);
