// A second server-like process for the receipt concurrency test: its own connections, the same database.
// Issues N receipts at once as one cashier and prints the numbers it got.
import { loadGrantFacts } from '../../src/modules/identity/access.repo.js';
import { issueReceipt } from '../../src/modules/money/receipt.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { inTransaction } from '../../src/platform/context.js';
import { openRuntime } from '../../src/runtime.js';

const [dataDir, databaseUrl, username, officeId, count] = process.argv.slice(2);
const runtime = await openRuntime(loadConfig({ GUANJIA_DATA_DIR: dataDir, DATABASE_URL: databaseUrl || undefined }));
const db = runtime.deps.db;
const user = await db.selectFrom('users').selectAll().where('username', '=', username!).executeTakeFirstOrThrow();
const actor = {
  tenantId: user.tenant_id,
  userId: user.id,
  username: username!,
  displayName: user.display_name,
  access: { grants: await loadGrantFacts(db, user.tenant_id, user.id), tokenPermissions: null },
  via: 'session' as const,
};
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.destroy();
const receipts = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    inTransaction({ ...runtime.deps, actor, requestId: null }, (tx) =>
      issueReceipt(tx, {
        officeId: officeId!,
        payer: `住户${i}`,
        items: [{ name: '桶装水', amountFen: 1800 }],
        amountFen: 1800,
        method: 'cash',
        orderId: null,
        paymentId: null,
      }),
    ),
  ),
);
process.stdout.write(`${JSON.stringify(receipts.map((r) => ({ bookId: r.bookId, seqNo: r.seqNo, number: r.number })))}\n`);
await runtime.close();
