/**
 * The departments a customer's feedback may be forwarded to (A4.5): worked out here from the whole company's tree, not
 * from the nodes the handler sees (a GPS department sees only itself), offered to the handler and checked on forwarding.
 */
import type { UseCase } from '../../platform/context.js';
import { permissionHolders } from '../identity/role-holders.service.js';
import { activeOrgsWithin, ancestorsOf, orgById } from '../orgs/org.service.js';
import { FEEDBACK_ANSWER } from './feedback.permissions.js';
import { loadFeedback } from './feedback.service.js';
import { companyOf, type ForwardTarget, forwardTargets } from './feedback-forward.rules.js';

/** The departments a feedback received at `officeId` may go to, with who answers at each. */
export async function forwardTargetsOf(ctx: UseCase, officeId: string): Promise<ForwardTarget[]> {
  const office = await orgById(ctx, officeId);
  if (!office) return [];
  const company = companyOf(await ancestorsOf(ctx, office.path));
  if (!company) return [];
  const nodes = await activeOrgsWithin(ctx, company.path);
  return forwardTargets(office, nodes, await permissionHolders(ctx, FEEDBACK_ANSWER));
}

/** Where the caller, who handles this feedback, may forward it (the forward dialog's choices). */
export async function listForwardTargets(ctx: UseCase, id: string): Promise<ForwardTarget[]> {
  const { found } = await loadFeedback(ctx, id, 'handle');
  return forwardTargetsOf(ctx, found.feedback.officeId);
}
