import { ColumnNode, type KyselyPlugin, type UpdateQueryNode } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findOrder, updateOrder } from '../../src/modules/orders/order.repo.js';
import type { Order } from '../../src/modules/orders/order.types.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let some: { tenant_id: string; id: string };
beforeAll(async () => {
  t = await startTestEnv();
  some = await t.runtime.deps.db.selectFrom('orders').select(['tenant_id', 'id']).orderBy('id').executeTakeFirstOrThrow();
});
afterAll(() => t.close());

/** Runs `updateOrder` and answers whether it wrote, with the columns its statement set. */
async function write(before: Order, after: Order) {
  const updates: UpdateQueryNode[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (node.kind === 'UpdateQueryNode') updates.push(node);
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  const wrote = await updateOrder(t.runtime.deps.db.withPlugin(recorder), before, after);
  const set = (updates[0]?.updates ?? []).map((u) => (ColumnNode.is(u.column) ? u.column.column.name : '?'));
  return { wrote, set };
}

const load = async () => (await findOrder(t.runtime.deps.db, some.tenant_id, some.id))?.order as Order;

// Issue 13: SQLite rewrites every index over a column an UPDATE sets, changed or not; an order has ten, and setting
// every column made half of a transition's pages in the WAL.
it("writes only an order's changed columns, and the order reads back as written", async () => {
  const before = await load();
  const after: Order = {
    ...before,
    description: `${before.description ?? ''}（改）`,
    details: { ...before.details, note: '门铃坏了' },
    version: before.version + 1,
    updatedAt: new Date().toISOString(),
  };
  const { wrote, set } = await write(before, after);
  expect(wrote).toBe(true);
  expect(set.sort()).toEqual(['description', 'details', 'updated_at', 'version']);
  expect(await load()).toEqual(after);
});

it('writes nothing over an order someone else changed first', async () => {
  const stale = await load();
  const current = { ...stale, version: stale.version + 1, updatedAt: new Date().toISOString() };
  expect((await write(stale, current)).wrote).toBe(true);
  const { wrote } = await write(stale, { ...stale, customerName: '抢先的人', version: stale.version + 1 });
  expect(wrote).toBe(false);
  expect(await load()).toEqual(current);
});
