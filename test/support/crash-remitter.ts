// The victim of the remittance crash test: a cashier takes cash and remits it, payment by payment, as
// fast as it can until it is killed.
import { loadGrantFacts } from '../../src/modules/identity/access.repo.js';
import { createRemittance, takeIntoCustody } from '../../src/modules/money/custody.service.js';
import { issueReceipt } from '../../src/modules/money/receipt.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { inTransaction } from '../../src/platform/context.js';
import { newId } from '../../src/platform/ids.js';
import { openRuntime } from '../../src/runtime.js';
import { seedDemo } from '../../src/seed/demo.js';
import { DEMO_PASSWORD } from './demo-password.js';

const runtime = await openRuntime(loadConfig({ GUANJIA_DATA_DIR: process.argv[2] }));
await seedDemo(runtime.deps, { password: DEMO_PASSWORD });
const db = runtime.deps.db;
const user = await db.selectFrom('users').selectAll().where('username', '=', 'chenjing').executeTakeFirstOrThrow();
const office = await db.selectFrom('org_nodes').select('id').where('code', '=', 'office-a').executeTakeFirstOrThrow();
const ctx = {
  ...runtime.deps,
  requestId: null,
  actor: {
    tenantId: user.tenant_id,
    userId: user.id,
    username: 'chenjing',
    displayName: user.display_name,
    access: { grants: await loadGrantFacts(db, user.tenant_id, user.id), tokenPermissions: null },
    via: 'session' as const,
  },
};
// enough numbers for the run
await db.updateTable('receipt_books').set({ last_no: 100_000 }).where('cashier_id', '=', user.id).execute();
for (let i = 0; ; i++) {
  const paymentId = newId();
  await inTransaction(ctx, async (tx) => {
    const receipt = await issueReceipt(tx, {
      officeId: office.id,
      payer: `住户${i}`,
      items: [{ name: '桶装水', amountFen: 1800 + i }],
      amountFen: 1800 + i,
      method: 'cash',
      orderId: null,
      paymentId,
    });
    await takeIntoCustody(tx, {
      paymentId,
      orderId: null,
      officeId: office.id,
      payer: `住户${i}`,
      amountFen: 1800 + i,
      receiptId: receipt.id,
    });
  });
  await createRemittance(ctx, {
    officeId: office.id,
    paymentIds: [paymentId],
    totalFen: 1800 + i,
    periodFrom: '2026-11-01',
    periodTo: '2026-11-30',
  });
  if (i === 10) process.stdout.write('remitting\n');
}
