import { listItems } from '../modules/catalog/catalog.repo.js';
import {
  approvePriceList,
  createPriceList,
  publishedPrices,
  publishPriceList,
  setLines,
  submitPriceList,
} from '../modules/catalog/price-list.service.js';
import { createItem } from '../modules/catalog/service-item.service.js';
import { findRole } from '../modules/identity/role.repo.js';
import { findUserByUsername, hasActiveGrant } from '../modules/identity/user.repo.js';
import { createUser, grantRole } from '../modules/identity/user.service.js';
import { issueBook, registerBook, requestBook } from '../modules/money/receipt-book.service.js';
import { createOrder } from '../modules/orders/order.service.js';
import * as steps from '../modules/orders/order-steps.service.js';
import { findOrgByCode } from '../modules/orgs/org.repo.js';
import { createOrg } from '../modules/orgs/org.service.js';
import { createTenant, findTenantByCode } from '../modules/tenants/tenant.service.js';
import { type AppDeps, systemActor, type UseCase } from '../platform/context.js';
import { actAs } from './act-as.js';
import { seedAgreements } from './demo.agreements.js';
import { seedCallbacks } from './demo.callbacks.js';
import { DEMO_BOOKS, DEMO_ITEMS, DEMO_ORDERS, DEMO_ORGS, DEMO_PRICE_LISTS, DEMO_TENANT, DEMO_USERS } from './demo.data.js';
import { demoSignature } from './demo.signature.js';

/**
 * Seeds the demo tenant through the same use cases people use (so it is audited). Re-running adds
 * only what is missing. Every demo user made now gets `password` (chosen by the caller: random at
 * `npm start`, see demo-password.ts); `usersCreated` says whether anyone got it.
 */
export async function seedDemo(deps: AppDeps, options: { password: string }): Promise<{ created: number; usersCreated: number }> {
  let created = 0;
  let usersCreated = 0;
  let tenant = await findTenantByCode(deps, DEMO_TENANT.code);
  if (!tenant) {
    await createTenant(deps, DEMO_TENANT);
    tenant = (await findTenantByCode(deps, DEMO_TENANT.code))!;
    created++;
  }
  const ctx: UseCase = { ...deps, actor: systemActor(tenant.id), requestId: null };
  const orgId = async (code: string) => {
    const node = await findOrgByCode(deps.db, tenant.id, code);
    if (!node) throw new Error(`demo node ${code} missing`);
    return node.id;
  };
  for (const o of DEMO_ORGS) {
    if (await findOrgByCode(deps.db, tenant.id, o.code)) continue;
    await createOrg(ctx, { parentId: await orgId(o.parent), kind: o.kind, name: o.name, code: o.code });
    created++;
  }
  for (const u of DEMO_USERS) {
    let user = (await findUserByUsername(deps.db, tenant.id, u.username))?.user;
    if (!user) {
      const made = await createUser(ctx, {
        username: u.username,
        displayName: u.name,
        phone: u.phone,
        orgId: await orgId(u.org),
        password: options.password,
        mustChangePassword: false,
      });
      user = { ...made };
      created++;
      usersCreated++;
    }
    const role = await findRole(deps.db, tenant.id, { code: u.role });
    const org = await orgId(u.grantAt ?? u.org);
    if (role && !(await hasActiveGrant(deps.db, tenant.id, user.id, role.id, org))) {
      await grantRole(ctx, user.id, { roleId: role.id, orgId: org });
      created++;
    }
  }
  created += await seedCatalogue(ctx);
  created += await seedBooks(ctx);
  created += await seedOrders(ctx);
  created += await seedAgreements(ctx);
  created += await seedCallbacks(ctx);
  return { created, usersCreated };
}

async function seedCatalogue(ctx: UseCase): Promise<number> {
  let created = 0;
  const existing = new Set((await listItems(ctx.db, ctx.actor.tenantId, {})).map((i) => i.code));
  for (const item of DEMO_ITEMS) {
    if (existing.has(item.code)) continue;
    await createItem(ctx, {
      code: item.code,
      name: item.name,
      nameEn: item.nameEn,
      category: item.category,
      unit: item.unit,
      supervisorCollects: item.supervisorCollects,
    });
    created++;
  }
  const items = await listItems(ctx.db, ctx.actor.tenantId, {});
  for (const plan of DEMO_PRICE_LISTS) {
    const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, plan.office))!.id;
    if (await publishedPrices(ctx, officeId)) continue;
    const preparer = await actAs(ctx, plan.preparer);
    const head = await actAs(ctx, plan.head);
    const draft = await createPriceList(preparer, { officeId });
    const lines = DEMO_ITEMS.map((d) => ({
      itemId: items.find((i) => i.code === d.code)!.id,
      priceFen: d[plan.price],
      note: d.note ?? null,
    }));
    await setLines(preparer, draft.id, { lines });
    await submitPriceList(preparer, draft.id);
    await approvePriceList(head, draft.id);
    await publishPriceList(head, draft.id);
    created++;
  }
  return created;
}

async function seedOrders(ctx: UseCase): Promise<number> {
  const existing = await ctx.db.selectFrom('orders').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).execute();
  if (existing.length) return 0;
  const clerk = await actAs(ctx, 'liuyang');
  const cleaner = await actAs(ctx, 'sunxy');
  const cashier = await actAs(ctx, 'chenjing');
  const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, 'office-a'))!.id;
  const items = await listItems(ctx.db, ctx.actor.tenantId, {});
  const cleanerId = cleaner.actor.userId!;
  const order: ['requested', 'confirmed', 'assigned', 'accepted', 'closed'] = ['requested', 'confirmed', 'assigned', 'accepted', 'closed'];
  const reached = (until: string, state: string) => order.indexOf(until as never) >= order.indexOf(state as never);
  let created = 0;
  for (const [i, d] of DEMO_ORDERS.entries()) {
    let o = await createOrder(clerk, {
      type: d.type,
      officeId,
      channel: i % 2 ? 'walk_in' : 'phone',
      customerName: d.customer,
      customerPhone: d.phone,
      address: d.address,
      description: d.description,
      lines: [{ itemId: items.find((x) => x.code === d.item)!.id, quantity: d.quantity }],
    });
    created++;
    if (!reached(d.until, 'confirmed')) continue;
    o = await steps.quoteOrder(clerk, o.id, { version: o.version });
    const appointment = new Date(Date.parse(o.requestedAt) + (i + 1) * 3_600_000).toISOString();
    o = await steps.confirmOrder(clerk, o.id, { version: o.version, priceAccepted: true, staffCount: 1, appointmentStart: appointment });
    if (!reached(d.until, 'assigned')) continue;
    o = await steps.assignOrder(clerk, o.id, { version: o.version, staff: [cleanerId] });
    if (!reached(d.until, 'accepted')) continue;
    for (const step of [steps.departOrder, steps.arriveOrder, steps.startOrder, steps.finishOrder])
      o = await step(cleaner, o.id, o.version);
    o = await steps.acceptOrder(cleaner, o.id, { version: o.version, signerName: d.customer, signature: demoSignature(i) });
    if (!reached(d.until, 'closed')) continue;
    o = await steps.payOrder(cleaner, o.id, { version: o.version, amountFen: o.totalFen, method: 'cash' });
    await steps.closeOrder(cashier, o.id, o.version);
  }
  return created;
}

async function seedBooks(ctx: UseCase): Promise<number> {
  const existing = await ctx.db.selectFrom('receipt_books').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).execute();
  if (existing.length) return 0;
  const custodian = await actAs(ctx, 'zhengkj');
  const financeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, 'pm-finance'))!.id;
  for (const b of DEMO_BOOKS) {
    const book = await registerBook(custodian, { orgId: financeId, series: b.series, firstNo: b.firstNo, lastNo: b.lastNo });
    if (!b.cashier || !b.office || !b.requester) continue;
    const requester = await actAs(ctx, b.requester);
    const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, b.office))!.id;
    const cashierId = (await findUserByUsername(ctx.db, ctx.actor.tenantId, b.cashier))!.user.id;
    const request = await requestBook(requester, { orgId: officeId, cashierId, reason: '收费员领用收据，上一本即将用完' });
    await issueBook(custodian, request.id, book.id);
  }
  return DEMO_BOOKS.length;
}
