// 10,000 receipts from 4 concurrent cashiers through the receipt use case (take the next number of the
// cashier's book atomically, write the receipt, audit it — one transaction each), against the floor: the
// same receipt rows inserted directly, one transaction each. Prints receipts/s, ratio and peak RSS.
import { loadGrantFacts } from '../src/modules/identity/access.repo.js';
import { createUser, grantRole } from '../src/modules/identity/user.service.js';
import { issueReceipt } from '../src/modules/money/receipt.service.js';
import { issueBook, registerBook, requestBook } from '../src/modules/money/receipt-book.service.js';
import { createOrg } from '../src/modules/orgs/org.service.js';
import { createTenant } from '../src/modules/tenants/tenant.service.js';
import { loadConfig } from '../src/platform/config.js';
import { type Actor, inTransaction, systemActor } from '../src/platform/context.js';
import { newId } from '../src/platform/ids.js';
import { openRuntime } from '../src/runtime.js';
import { arg, benchDatabase, peakRssMb } from './support.js';

const engine = arg('engine', 'sqlite');
const n = Number(arg('n', '10000'));
const cashiers = 4;
const perCashier = Math.ceil(n / cashiers);
const database = await benchDatabase(engine);
const runtime = await openRuntime(loadConfig({ ...process.env, ...database.env }));
const { db } = runtime.deps;
const tenant = await createTenant(runtime.deps, { code: 'bench', name: '基准', rootName: '总部', rootCode: 'hq' });
const sys = { ...runtime.deps, actor: systemActor(tenant.id), requestId: null };
const office = await createOrg(sys, { parentId: tenant.rootId, kind: 'company', name: '物业公司' }).then((c) =>
  createOrg(sys, { parentId: c.id, kind: 'office', name: '管理处' }),
);
const cashierRole = (
  await db.selectFrom('roles').select('id').where('tenant_id', '=', tenant.id).where('code', '=', 'cashier').executeTakeFirstOrThrow()
).id;

const actors: Actor[] = [];
for (let c = 0; c < cashiers; c++) {
  const user = await createUser(sys, {
    username: `cashier${c}`,
    displayName: `收费员${c}`,
    orgId: office.id,
    password: 'bench-password',
    mustChangePassword: false,
  });
  await grantRole(sys, user.id, { roleId: cashierRole, orgId: office.id });
  const book = await registerBook(sys, { orgId: tenant.rootId, series: `S${c}`, firstNo: 1, lastNo: perCashier });
  const request = await requestBook(sys, { orgId: office.id, cashierId: user.id, reason: '基准' });
  await issueBook(sys, request.id, book.id);
  actors.push({
    tenantId: tenant.id,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    access: { grants: await loadGrantFacts(db, tenant.id, user.id), tokenPermissions: null },
    via: 'session',
  });
}
const bookIds = (await db.selectFrom('receipt_books').select('id').where('tenant_id', '=', tenant.id).orderBy('series').execute()).map(
  (b) => b.id,
);

async function timed(work: (cashier: number, i: number) => Promise<void>): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: cashiers }, async (_, c) => {
      for (let i = 0; i < perCashier; i++) await work(c, i);
    }),
  );
  return (cashiers * perCashier) / ((performance.now() - started) / 1000);
}

const items = JSON.stringify([{ name: '桶装水', amountFen: 1800 }]);
const floor = await timed(async (c, i) => {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('receipts')
      .values({
        tenant_id: tenant.id,
        id: newId(),
        book_id: bookIds[c]!,
        seq_no: 1_000_000 + i,
        number: `F${c}-${i}`,
        office_id: office.id,
        payer: '住户',
        items_json: items,
        amount_fen: 1800,
        method: 'cash',
        cashier_id: actors[c]!.userId!,
        cashier_name: 'x',
        issued_at: new Date().toISOString(),
        order_id: null,
        payment_id: null,
        voided_at: null,
        void_reason: null,
        voided_by: null,
        reprints: 0,
      })
      .execute();
  });
});
const ours = await timed(async (c) => {
  await inTransaction({ ...runtime.deps, actor: actors[c]!, requestId: null }, (tx) =>
    issueReceipt(tx, {
      officeId: office.id,
      payer: '住户',
      items: [{ name: '桶装水', amountFen: 1800 }],
      amountFen: 1800,
      method: 'cash',
      orderId: null,
      paymentId: null,
    }),
  );
});
const taken = await db
  .selectFrom('receipts')
  .select((eb) => eb.fn.countAll().as('n'))
  .where('tenant_id', '=', tenant.id)
  .where('seq_no', '<', 1_000_000)
  .executeTakeFirstOrThrow();
await runtime.close();
await database.drop();
console.log(`engine=${engine} receipts=${cashiers * perCashier} cashiers=${cashiers} (written: ${taken.n})`);
console.log(`floor (direct inserts, one transaction each): ${floor.toFixed(0)} receipts/s`);
console.log(`ours (next number + receipt + audit chain, one transaction each): ${ours.toFixed(0)} receipts/s`);
console.log(`ratio=${(ours / floor).toFixed(2)} rss_mb=${peakRssMb()}`);
