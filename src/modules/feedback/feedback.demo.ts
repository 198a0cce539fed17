import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { createFeedback } from './feedback-intake.service.js';
import { submitPublic } from './feedback-public.service.js';
import * as fb from './feedback-steps.service.js';

const HOUR = 3_600_000;

/**
 * Demo feedback (A4.5) at 翠竹园管理处, taken by 周敏 (customer service) with the clock set back to when each came in
 * (the history marks those times as simulated): a complaint just received, one left 30 hours without a reply (the
 * compliance page shows it), a suggestion kept as valuable and answered by 环境部's 刘洋, a praise closed, an inquiry
 * from the public form; and one complaint at GPS事业部 taken by 钱伟. Skipped when the tenant already has feedback.
 */
export async function seedFeedback(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  // the callbacks demo (earlier in the module list) already made its follow-up's complaint
  const taken = await ctx.db.selectFrom('feedback').select('id').where('tenant_id', '=', t).where('channel', '!=', 'callback');
  if (await taken.limit(1).executeTakeFirst()) return 0;
  const org = async (code: string) => (await findOrgByCode(ctx.db, t, code))!.id;
  const officeA = await org('office-a');
  const env = await org('office-a-env');
  const now = ctx.clock.now().getTime();
  const clock = new AdjustableClock(ctx.clock);
  const at = (hoursAgo: number) => clock.set(new Date(now - hoursAgo * HOUR));
  const zhoumin = { ...(await actAs(ctx, 'zhoumin')), clock };
  const liuyang = { ...(await actAs(ctx, 'liuyang')), clock };
  const qianwei = { ...(await actAs(ctx, 'qianwei')), clock };

  // a praise five days ago: replied, resolved, told and closed
  at(120);
  let f = await createFeedback(zhoumin, {
    officeId: officeA,
    kind: 'praise',
    channel: 'letter',
    customerName: '陈阿姨',
    customerPhone: '13912340001',
    address: '翠竹园5栋0302',
    content: '保洁阿姨孙秀英每天把楼道打扫得很干净，特此表扬。',
  });
  at(118);
  f = await fb.replyFeedback(zhoumin, f.id, { version: f.version, how: 'phone', text: '感谢您的肯定，已转达环境部。' });
  f = await fb.resolveFeedback(zhoumin, f.id, { version: f.version, resolution: '已在环境部例会上通报表扬。' });
  at(100);
  f = await fb.tellFeedback(zhoumin, f.id, { version: f.version, how: 'phone', text: '已在例会上表扬孙秀英。', satisfaction: 'satisfied' });
  f = await fb.closeFeedback(zhoumin, f.id, { version: f.version });

  // a suggestion three days ago, kept as valuable, forwarded to 环境部 and answered there
  at(72);
  f = await createFeedback(zhoumin, {
    officeId: officeA,
    kind: 'suggestion',
    channel: 'visit',
    customerName: '吴先生',
    customerPhone: '13912340002',
    address: '翠竹园2栋1101',
    content: '建议在小区东门增设分类垃圾桶，早上扔垃圾的人多，现有的桶不够用。',
  });
  at(70);
  f = await fb.replyFeedback(zhoumin, f.id, { version: f.version, how: 'in_person', text: '感谢建议，我们转环境部评估。' });
  f = await fb.markValuable(zhoumin, f.id, { version: f.version, valuable: true });
  f = await fb.forwardFeedback(zhoumin, f.id, { version: f.version, nodeIds: [env], note: '请评估东门增设分类垃圾桶' });
  at(50);
  await fb.answerForward(liuyang, f.id, f.forwards[0]!.id, { answer: '已评估，下周在东门增设两组分类垃圾桶。' });

  // a complaint 30 hours ago that nobody has answered: past the 24-hour reply deadline
  at(30);
  await createFeedback(zhoumin, {
    officeId: officeA,
    kind: 'complaint',
    channel: 'hotline',
    customerName: '郑先生',
    customerPhone: '13912340003',
    address: '翠竹园7栋0801',
    content: '楼上装修每天早上七点就开始电钻，影响休息。',
  });

  // an inquiry through the public form this morning
  at(5);
  await submitPublic(
    { ...ctx, clock },
    t,
    officeA,
    { kind: 'inquiry', content: '请问小区的电动车充电桩什么时候可以开始使用？', name: '林女士', phone: '13912340004', unit: '翠竹园9栋' },
    'demo-address',
    'demo',
  );

  // a complaint on the hotline two hours ago
  at(2);
  await createFeedback(zhoumin, {
    officeId: officeA,
    kind: 'complaint',
    channel: 'hotline',
    customerName: '何女士',
    customerPhone: '13912340005',
    address: '翠竹园3栋0203',
    content: '地下车库B区照明坏了好几盏，晚上很暗。',
  });

  // GPS事业部: a complaint about a terminal, replied by 钱伟
  at(20);
  f = await createFeedback(qianwei, {
    officeId: await org('gps'),
    kind: 'complaint',
    channel: 'hotline',
    customerName: '周师傅',
    customerPhone: '13912340006',
    vehiclePlate: '粤B12345',
    content: '车载终端这两天定位经常漂移，平台上看不到车辆位置。',
  });
  at(18);
  await fb.replyFeedback(qianwei, f.id, { version: f.version, how: 'phone', text: '已安排技术员明天上门检测终端。' });
  return 7 + (await walkCallbackComplaints(ctx, zhoumin));
}

/**
 * The complaints the callbacks demo opened from dissatisfied callbacks (channel callback), taken by 周敏 through to
 * closed in the days after (which closes their follow-ups): the callbacks page links to a closed complaint.
 */
async function walkCallbackComplaints(ctx: UseCase, zhoumin: UseCase & { clock: AdjustableClock }) {
  const rows = await ctx.db
    .selectFrom('feedback')
    .select(['id', 'received_at'])
    .where('tenant_id', '=', ctx.actor.tenantId)
    .where('channel', '=', 'callback')
    .where('state', '=', 'received')
    .execute();
  const clock = zhoumin.clock;
  for (const r of rows) {
    const at = (hoursAfter: number) => clock.set(new Date(Date.parse(r.received_at) + hoursAfter * HOUR));
    at(1);
    let f = await fb.replyFeedback(zhoumin, r.id, { version: 1, how: 'phone', text: '已致电业主致歉，安排环境主管上门复查。' });
    at(26);
    f = await fb.resolveFeedback(zhoumin, f.id, { version: f.version, resolution: '环境主管上门复查，重新清洁边角并加强保洁检查。' });
    at(28);
    f = await fb.tellFeedback(zhoumin, f.id, {
      version: f.version,
      how: 'phone',
      text: '已告知业主复查和整改情况。',
      satisfaction: 'satisfied',
    });
    f = await fb.closeFeedback(zhoumin, f.id, { version: f.version });
  }
  return rows.length;
}
