/**
 * How the records of a project's execution (A3.4) are presented: a progress item, a change request with its two
 * decisions and the plan versions it names, and a closure feedback with its reply. Pure: the rows and the names
 * of the people they name come in, nothing is read.
 */
import type { z } from 'zod';
import type * as s from './execution.schemas.js';
import type { SwChangeRequestTable, SwFeedbackTable, SwProgressItemTable } from './socialwork.tables.js';
import type { Decision, PlanContent, SwMethod } from './socialwork.types.js';

type Out<T extends z.ZodType> = z.infer<T>;

export const presentItem = (r: SwProgressItemTable): Out<typeof s.progressItemSchema> => ({
  id: r.id,
  planId: r.plan_id,
  title: r.title,
  method: r.method as SwMethod,
  dueOn: r.due_on,
  doneOn: r.done_on,
  note: r.note,
  createdAt: r.created_at,
  version: Number(r.version),
});

export function presentChange(
  r: SwChangeRequestTable,
  who: Map<string, string>,
  versionNo: Map<string, number>,
): Out<typeof s.changeRequestSchema> {
  const decision = (d: Decision | null, by: string | null, at: string | null, note: string | null) =>
    d && by && at ? { decision: d, byName: who.get(by) ?? '', at, note } : null;
  return {
    id: r.id,
    kind: r.kind,
    reason: r.reason,
    changes: r.changes,
    newPlan: JSON.parse(r.new_content) as PlanContent,
    basePlanId: r.base_plan_id,
    baseVersionNo: versionNo.get(r.base_plan_id) ?? 0,
    state: r.state,
    supervisor: decision(r.supervisor_decision, r.supervisor_id, r.supervisor_at, r.supervisor_note),
    head: decision(r.head_decision, r.head_id, r.head_at, r.head_note),
    newPlanId: r.new_plan_id,
    newVersionNo: r.new_plan_id ? (versionNo.get(r.new_plan_id) ?? null) : null,
    effectiveAt: r.effective_at,
    requestedByName: who.get(r.requested_by) ?? '',
    requestedAt: r.requested_at,
    version: Number(r.version),
  };
}

export const presentFeedback = (r: SwFeedbackTable, who: Map<string, string>): Out<typeof s.feedbackSchema> => ({
  id: r.id,
  source: r.source,
  fromName: r.from_name,
  content: r.content,
  receivedOn: r.received_on,
  reply: r.reply,
  repliedByName: r.replied_by ? (who.get(r.replied_by) ?? null) : null,
  repliedAt: r.replied_at,
  version: Number(r.version),
});
