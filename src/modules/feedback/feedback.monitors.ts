import type { UseCase } from '../../platform/context.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { outcomeOverdueSince, replyOverdueSince } from './feedback.rules.js';

const HOUR = 3_600_000;

/**
 * Feedback of a region past one deadline: not spam, the step not done (`first_reply_at` or `told_at` empty), and
 * received before now minus the region's limit. The pure rules (`replyOverdueSince`, `outcomeOverdueSince`) agree
 * (test/integration/feedback.test.ts).
 */
export function overdueFeedback(ctx: UseCase, region: ParamRegion, step: 'reply' | 'outcome') {
  const ms = step === 'reply' ? region.value * HOUR : region.value * 24 * HOUR;
  const cutoff = new Date(ctx.clock.now().getTime() - ms).toISOString();
  return ctx.db
    .selectFrom('org_nodes as n')
    .innerJoin('feedback as f', (j) => j.onRef('f.tenant_id', '=', 'n.tenant_id').onRef('f.office_id', '=', 'n.id'))
    .where('n.tenant_id', '=', ctx.actor.tenantId)
    .where(pathInRegion('n.path', region))
    .where('f.state', '!=', 'spam')
    .where(step === 'reply' ? 'f.first_reply_at' : 'f.told_at', 'is', null)
    .where('f.received_at', '<', cutoff);
}

function overdueMonitor(step: 'reply' | 'outcome'): Monitor {
  const param = step === 'reply' ? 'feedbackReplyHours' : 'feedbackOutcomeDays';
  return {
    id: `feedback.${step}_overdue`,
    clauseId: 'A4.5',
    title:
      step === 'reply'
        ? { 'zh-CN': '客户意见未在时限内首次答复', en: 'Customer feedback without a first reply in time' }
        : { 'zh-CN': '客户意见处理结果未在时限内告知客户', en: 'Customer feedback whose outcome was not told in time' },
    responsibleRole: 'customer_service_supervisor',
    async count(ctx, scope: MonitorScope) {
      let total = 0;
      for (const r of await paramRegionsUnder(ctx, scope.path, param))
        total += Number(
          (
            await overdueFeedback(ctx, r, step)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirst()
          )?.n ?? 0,
        );
      return total;
    },
    async list(ctx, scope, page) {
      const parts: Breach[][] = [];
      const now = ctx.clock.now();
      for (const r of await paramRegionsUnder(ctx, scope.path, param)) {
        const rows = await overdueFeedback(ctx, r, step)
          .select([
            'f.id',
            'f.number',
            'f.kind',
            'f.customer_name',
            'f.office_id',
            'f.state',
            'f.received_at',
            'f.first_reply_at',
            'f.told_at',
            'n.name',
          ])
          .orderBy('f.received_at')
          .orderBy('f.id')
          .limit(page.offset + page.limit)
          .execute();
        parts.push(
          rows.map((f): Breach => {
            const facts = { state: f.state, receivedAt: f.received_at, firstReplyAt: f.first_reply_at, toldAt: f.told_at };
            const since = step === 'reply' ? replyOverdueSince(facts, r.value, now) : outcomeOverdueSince(facts, r.value, now);
            return {
              what: {
                key: step === 'reply' ? 'breach.feedbackReplyOverdue' : 'breach.feedbackOutcomeOverdue',
                values: { number: f.number, customer: f.customer_name, office: f.name, limit: r.value },
              },
              since: since ?? f.received_at,
              entity: { type: 'feedback', id: f.id, label: `${f.number} ${f.customer_name}`, link: `/feedback/${f.id}` },
              officeId: f.office_id,
            };
          }),
        );
      }
      return mergePages(parts, page);
    },
  };
}

/** A4.5: feedback without a first reply within `feedbackReplyHours`. */
export const replyOverdueMonitor = overdueMonitor('reply');
/** A4.5: feedback whose outcome was not told to the customer within `feedbackOutcomeDays`. */
export const outcomeOverdueMonitor = overdueMonitor('outcome');

export const feedbackMonitors: Monitor[] = [replyOverdueMonitor, outcomeOverdueMonitor];
