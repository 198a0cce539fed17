import { z } from 'zod';
import { errorResponses, idParam, nameText } from '../../platform/http/common.schemas.js';
import { type App, contextOf } from '../../platform/http/types.js';
import { confirmVerbalApproval, recordVerbalApproval, verbalApprovals } from './verbal-approval.service.js';

const tags = ['orders'];
const approvalList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      approverName: z.string().describe('Who gave the approval on the phone'),
      content: z.string().describe('What it allows'),
      recordedByName: z.string(),
      recordedAt: z.string(),
      confirmedByName: z.string().nullable().describe('The manager who confirmed it afterwards; null while unconfirmed'),
      confirmedAt: z.string().nullable(),
    }),
  ),
  abilities: z.object({ record: z.boolean(), confirm: z.boolean() }),
});
const ok = { 200: approvalList, ...errorResponses };

/** A4.7 应急方案: verbal approvals got on site when parts were short, and the manager's confirmation afterwards. */
export function verbalApprovalRoutes(app: App): void {
  app.get(
    '/api/orders/:id/verbal-approvals',
    {
      config: { permissions: ['orders.approve', 'orders.assign', 'orders.read', 'orders.work'] },
      schema: { tags, summary: 'The order’s verbal approvals (A4.7)', params: idParam, response: ok },
    },
    (req) => verbalApprovals(contextOf(req), req.params.id),
  );
  app.post(
    '/api/orders/:id/verbal-approvals',
    {
      config: { permissions: ['orders.approve', 'orders.assign', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'Record a verbal approval got on site when parts were short (the staff on the order; A4.7)',
        params: idParam,
        body: z.strictObject({
          approverName: nameText(40).describe('Who approved, e.g. 钱伟'),
          content: nameText(300).describe('What was approved, e.g. 配件不足，同意先用备用终端代换'),
        }),
        response: ok,
      },
    },
    (req) => recordVerbalApproval(contextOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/orders/:id/verbal-approvals/:approvalId/confirm',
    {
      config: { permissions: ['orders.approve', 'orders.assign', 'orders.read', 'orders.work'] },
      schema: {
        tags,
        summary: 'The manager confirms a verbal approval afterwards (A4.7)',
        params: idParam.extend({ approvalId: z.uuid() }),
        response: ok,
      },
    },
    (req) => confirmVerbalApproval(contextOf(req), req.params.id, req.params.approvalId),
  );
}
