import type { UseCase } from '../../platform/context.js';
import { listStaff } from '../identity/staff.service.js';
import { userAccess } from '../identity/user.service.js';
import { ORDERS_ASSIGN } from '../orders/order.permissions.js';
import { ancestorsOf, orgPathOf } from '../orgs/org.service.js';
import { paramAt } from '../params/params.service.js';
import { PARKING_SUPERVISE } from '../parking/parking.permissions.js';
import { formRequired, type RelayRole, receiversFor, relayRoleOf } from './custody.rules.js';
import { RECEIPTS_ISSUE } from './money.permissions.js';

/** What makes someone a step of the relay: arranging the work (a supervisor) or writing receipts (a cashier). */
const RELAY_PERMISSIONS = [ORDERS_ASSIGN, PARKING_SUPERVISE, RECEIPTS_ISSUE];

/** A person who takes cash on its way: their place in the relay at the office, and the unit they sit in. */
export interface RelayReceiver {
  id: string;
  displayName: string;
  orgName: string;
  role: Exclude<RelayRole, 'staff'>;
}

/** Whether the office relays cash through the supervisor (A7.4.7, `cashRelayViaSupervisor`). */
export async function relaysCash(ctx: UseCase, officePath: string): Promise<boolean> {
  return (await paramAt(ctx, officePath, 'cashRelayViaSupervisor')) === 1;
}

/** The people of a unit (the node's subtree), other than the caller, who take the office's cash, by their place. */
async function receiversIn(ctx: UseCase, nodeId: string, officePath: string): Promise<RelayReceiver[]> {
  const out: RelayReceiver[] = [];
  for (const p of await listStaff(ctx, nodeId, RELAY_PERMISSIONS)) {
    if (p.id === ctx.actor.userId) continue;
    const role = relayRoleOf(await userAccess(ctx, p.id), officePath);
    if (role !== 'staff') out.push({ id: p.id, displayName: p.displayName, orgName: p.orgName, role });
  }
  return out;
}

/**
 * The office's real cash path for the caller (A7.4.7): the next people the caller hands its cash to. First the
 * office's own supervisors and cashiers, narrowed to the next step of the relay; where the office has nobody for that
 * step — a health station has no supervisor over its nurse and no cashier — the nearest unit above that takes cash
 * (the centre's cashier). Field staff whose unit has no supervisor go straight to a cashier.
 */
export async function relayPath(ctx: UseCase, officeId: string) {
  const officePath = await orgPathOf(ctx, officeId);
  const relay = await relaysCash(ctx, officePath);
  const giverRole = relayRoleOf(ctx.actor.access, officePath);
  const own = await receiversIn(ctx, officeId, officePath);
  const unitHasSupervisor = own.some((p) => p.role === 'supervisor');
  const wanted = receiversFor(giverRole, relay, unitHasSupervisor);
  let items = own.filter((p) => wanted.includes(p.role));
  if (!items.length) {
    // nearest first: the parent, then its parent
    const above = (await ancestorsOf(ctx, officePath)).filter((n) => n.path !== officePath).reverse();
    for (const node of above) {
      items = (await receiversIn(ctx, node.id, officePath)).filter((p) => wanted.includes(p.role));
      if (items.length) break;
    }
  }
  return { officePath, relay, giverRole, unitHasSupervisor, formRequired: formRequired(giverRole, relay, true), items };
}
