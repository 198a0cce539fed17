import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { addMonths } from '../../platform/months.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { recordCourse } from './course.service.js';
import { createPlan, putPlanInForce } from './plan.service.js';
import { recordSession } from './session.service.js';
import type { TrainingKind } from './training.types.js';

/** The plan's items, by their month relative to the seed day's month (kept inside the plan's year). */
const DEMO_ITEMS: { offset: number; topic: string; kind: TrainingKind; hours: number }[] = [
  { offset: -4, topic: '《社会工作者职业水平评价办法》学习', kind: 'policy', hours: 2 },
  { offset: -3, topic: '矛盾纠纷调解技巧', kind: 'skills', hours: 3 },
  { offset: -2, topic: '消防安全与应急疏散演练', kind: 'safety', hours: 2 },
  { offset: -1, topic: '《信访工作条例》解读', kind: 'policy', hours: 2 },
  { offset: 0, topic: '社区走访与台账规范', kind: 'skills', hours: 2 },
  { offset: 1, topic: '防范电信网络诈骗宣传', kind: 'safety', hours: 1.5 },
];

/** The sessions held: which item (by index), who taught where, who attended. */
const DEMO_SESSIONS = [
  {
    item: 0,
    trainer: '街道司法所 王志明',
    place: '工作站会议室',
    attendees: ['linzz', 'gaozb', 'husg'],
    note: '逐条学习评价办法，交流备考经验。',
  },
  { item: 1, trainer: '林站长', place: '工作站会议室', attendees: ['gaozb', 'husg'], note: '结合近期调处的邻里纠纷案例讲解调解步骤。' },
  {
    item: 2,
    trainer: '街道消防站 刘教官',
    place: '翠竹社区广场',
    attendees: ['linzz', 'gaozb', 'husg'],
    note: '灭火器使用与疏散路线实地演练。',
  },
];

/**
 * Demo of 学习培训 (A1.1) at 翠竹社会服务管理工作站, through the use cases as 林站长 on the days he acted: this year's plan
 * with six items put in force in January, three sessions held (the first three items) with 林站长, 高值班 and 胡社工
 * attending, and 林站长's course at the district's training for station heads. The item of last month has no session,
 * so the station head's to-do shows it. Months are relative to the seed day; skipped once the station has a plan.
 */
export async function trainingDemo(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  const head = await findUserByUsername(ctx.db, t, 'linzz');
  if (!station || !head) return 0;
  if (await ctx.db.selectFrom('training_plans').select('id').where('tenant_id', '=', t).where('org_id', '=', station.id).executeTakeFirst())
    return 0;
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const year = Number(today.slice(0, 4));
  const clamp = (month: string) => (month < `${year}-01` ? `${year}-01` : month > `${year}-12` ? `${year}-12` : month);
  const monthOf = (offset: number) => clamp(addMonths(today.slice(0, 7), offset));
  const dayOf = (month: string, day: number) => {
    const d = `${month}-${String(day).padStart(2, '0')}`;
    return d > today ? today : d;
  };
  const clock = new AdjustableClock(ctx.clock);
  const on = (date: string, hour: number) => clock.set(new Date(Date.parse(startOfBusinessDay(date, zone)) + hour * 3_600_000));
  const linzz = { ...(await actAs(ctx, 'linzz')), clock };
  const ids = new Map<string, string>();
  for (const u of ['linzz', 'gaozb', 'husg']) {
    const found = await findUserByUsername(ctx.db, t, u);
    if (!found) return 0;
    ids.set(u, found.user.id);
  }

  on(dayOf(`${year}-01`, 6), 10);
  const plan = await createPlan(linzz, {
    orgId: station.id,
    year,
    half: 'year',
    title: `${year} 年度学习培训计划`,
    items: DEMO_ITEMS.map((i) => ({ topic: i.topic, month: monthOf(i.offset), kind: i.kind, hours: i.hours })),
  });
  await putPlanInForce(linzz, plan.id, { version: plan.version });

  for (const s of DEMO_SESSIONS) {
    const item = plan.items.find((i) => i.topic === DEMO_ITEMS[s.item]!.topic)!;
    const heldOn = dayOf(item.month, 15);
    on(heldOn, 17);
    await recordSession(linzz, {
      orgId: station.id,
      topic: item.topic,
      kind: item.kind,
      heldOn,
      trainer: s.trainer,
      place: s.place,
      hours: item.hours,
      planItemId: item.id,
      note: s.note,
      attendeeIds: s.attendees.map((u) => ids.get(u)!),
    });
  }

  const courseMonth = monthOf(-2);
  const fromOn = dayOf(courseMonth, 10);
  const toOn = dayOf(courseMonth, 12);
  on(toOn, 18);
  await recordCourse(linzz, {
    orgId: station.id,
    userId: head.user.id,
    organiser: '区委政法委',
    title: '全区社区工作站站长业务能力提升培训班',
    fromOn,
    toOn,
    hours: 20,
    certificate: '结业证书 区政法培〔2026〕031 号',
  });
  return 2 + DEMO_SESSIONS.length + 1;
}
