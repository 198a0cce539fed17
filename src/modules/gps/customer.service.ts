import { scopeOf } from '../../platform/authz/access.js';
import { inTransaction, type Tx, type UseCase } from '../../platform/context.js';
import { fieldError, notFound } from '../../platform/http/errors.js';
import { newId } from '../../platform/ids.js';
import { isPhone } from '../estates/estate.rules.js';
import { GPS_READ } from './gps.permissions.js';
import type { Customer, CustomerKind } from './gps.types.js';
import { keepingOffice, loadCustomer, mayList, mayRegister, registerAbilities, stale } from './register.access.js';
import * as repo from './register.repo.js';
import * as lists from './register-lists.repo.js';

const publicCustomer = ({ tenantId: _t, ...c }: Customer) => c;

type Row = Awaited<ReturnType<typeof lists.listCustomers>>['items'][number];
const present = (ctx: UseCase, r: Row) => ({
  ...publicCustomer(r.customer),
  officeName: r.officeName,
  vehicleCount: r.vehicleCount,
  abilities: registerAbilities(ctx, r.officePath),
});

export type CustomerListInput = Omit<lists.CustomerFilter, 'scope' | 'id'>;

/** Customers of the caller's nodes: fleet companies and individuals, found by name, contact, phone or address. */
export async function listCustomers(ctx: UseCase, f: CustomerListInput) {
  mayList(ctx);
  const { items, total } = await lists.listCustomers(ctx.db, ctx.actor.tenantId, { ...f, scope: scopeOf(ctx.actor.access, GPS_READ) });
  return { items: items.map((r) => present(ctx, r)), total, page: f.page, pageSize: f.pageSize };
}

export async function getCustomer(ctx: UseCase, id: string) {
  const { officePath } = await loadCustomer(ctx, id);
  const { items } = await lists.listCustomers(ctx.db, ctx.actor.tenantId, { id, scope: [officePath], page: 1, pageSize: 1 });
  if (!items[0]) throw notFound('gps_customer');
  return present(ctx, items[0]);
}

export interface CustomerFields {
  kind: CustomerKind;
  name: string;
  address: string;
  contactName: string;
  phone: string;
  note: string;
}

/** The phone a phone (spaces left out) and the name free among the office's active customers. */
export async function checkCustomer(tx: Tx, officeId: string, f: CustomerFields, active: boolean, exceptId?: string) {
  const phone = f.phone.replace(/\s+/g, '');
  if (!isPhone(phone)) throw fieldError('unprocessable', 'gps.phone_invalid', 'phone', 'a mobile (11 digits) or landline with area code');
  if (active && (await repo.customerNameTaken(tx.db, tx.actor.tenantId, officeId, f.name, exceptId)))
    throw fieldError('conflict', 'gps.customer_name_taken', 'name', 'an active customer of this name is on the register');
  return { ...f, phone };
}

/** Adds a customer (the form, the import), audited. */
export async function addCustomer(tx: Tx, officeId: string, f: CustomerFields): Promise<Customer> {
  const c: Customer = {
    tenantId: tx.actor.tenantId,
    id: newId(),
    officeId,
    ...f,
    active: true,
    version: 1,
    createdAt: tx.now,
    updatedAt: tx.now,
  };
  await repo.insertCustomer(tx.db, c);
  await tx.audit({ action: 'gps_customer.create', entity: 'gps_customer', entityId: c.id, after: publicCustomer(c) });
  return c;
}

/** Writes a changed customer by version, audited. */
export async function saveCustomer(tx: Tx, before: Customer, next: Customer) {
  if (!(await repo.updateCustomer(tx.db, next, before.version))) throw stale('gps_customer');
  await tx.audit({
    action: 'gps_customer.update',
    entity: 'gps_customer',
    entityId: next.id,
    before: publicCustomer(before),
    after: publicCustomer(next),
  });
}

export async function createCustomer(ctx: UseCase, input: CustomerFields & { officeId?: string | undefined }) {
  return inTransaction(ctx, async (tx) => {
    const { officeId, ...fields } = input;
    const office = await keepingOffice(tx, officeId);
    const c = await addCustomer(tx, office.id, await checkCustomer(tx, office.id, fields, true));
    return getCustomer(tx, c.id);
  });
}

/** Changes a customer, or deactivates it (which frees its name). */
export async function updateCustomer(ctx: UseCase, id: string, input: CustomerFields & { active: boolean; version: number }) {
  return inTransaction(ctx, async (tx) => {
    const { customer: before, officePath } = await loadCustomer(tx, id);
    mayRegister(tx, officePath, 'gps_customer');
    if (before.version !== input.version) throw stale('gps_customer');
    const { active, version: _v, ...fields } = input;
    const checked = await checkCustomer(tx, before.officeId, fields, active, id);
    await saveCustomer(tx, before, { ...before, ...checked, active, version: before.version + 1, updatedAt: tx.now });
    return getCustomer(tx, id);
  });
}
