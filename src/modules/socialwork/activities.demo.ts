import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { addDays } from './activity.rules.js';
import { createActivity, holdActivity, writeBrief } from './activity.service.js';
import { recordEthicsEntry } from './ethics.service.js';
import type { SwMethod } from './socialwork.types.js';

const HOUR = 3_600_000;

interface DemoActivity {
  title: string;
  method: SwMethod;
  keyActivity: boolean;
  place: string;
  goals: string;
  content: string;
  staffing: string;
  /** Days before today it was held (negative: planned that many days ahead). */
  heldDaysAgo: number;
  attendance?: number;
  /** The day after holding its brief was written on (undefined: not written yet). */
  briefDay?: number;
  summary?: string;
  reflection?: string;
}

const ACTIVITIES: DemoActivity[] = [
  {
    title: '独居长者入户探访（第一轮）',
    method: 'casework',
    keyActivity: false,
    place: '翠竹园 1–6 栋独居长者家中',
    goals: '了解 12 户独居长者的生活状况与需求，建立个案档案。',
    content: '两人一组入户，按探访表了解起居、健康、家庭支持和紧急联系人；为有需要的长者登记紧急呼叫。',
    staffing: '胡社工带队，志愿者 4 名',
    heldDaysAgo: 12,
    attendance: 12,
    briefDay: 1,
    summary: '探访独居长者 12 户，建档 12 份；其中 3 户需定期电话问候，1 户转介社区卫生服务站。',
    reflection: '部分长者白天外出，下轮改在上午 9–11 点探访并提前电话预约。',
  },
  {
    title: '长者互助小组（第一次）',
    method: 'group',
    keyActivity: false,
    place: '翠竹社区活动室',
    goals: '组员相互认识，约定小组规范，确定后续主题。',
    content: '破冰游戏、自我介绍、讨论小组规范，投票选出后续 5 次活动主题。',
    staffing: '胡社工主持，林站长协助，志愿者 2 名',
    heldDaysAgo: 9,
    attendance: 11,
    briefDay: 2,
    summary: '到场 11 人，订立小组公约 6 条，选定「健康饮食」「防诈骗」等主题。',
    reflection: '两位听力较弱的组员参与不多，下次安排志愿者坐在旁边协助。',
  },
  {
    title: '长者互助小组（第二次）',
    method: 'group',
    keyActivity: false,
    place: '翠竹社区活动室',
    goals: '围绕「健康饮食」分享经验，促进组员互助。',
    content: '营养师讲解慢病饮食，组员分享家常菜做法，两两结对互相提醒。',
    staffing: '胡社工主持，社区卫生服务站营养师 1 名，志愿者 2 名',
    heldDaysAgo: 6,
    attendance: 10,
    briefDay: 3,
    summary: '到场 10 人，结成互助对子 5 对；营养师答疑 8 条。',
    reflection: '简报晚了一天：活动后次日连着入户探访，下次当天先写要点。',
  },
  {
    title: '社区长者健康讲座（11 月）',
    method: 'community',
    keyActivity: false,
    place: '翠竹社区服务中心一楼大厅',
    goals: '普及冬季心脑血管疾病预防知识。',
    content: '社区医生讲座 40 分钟，现场量血压、答疑，发放宣传册。',
    staffing: '胡社工组织，社区医生 1 名，志愿者 5 名',
    heldDaysAgo: 5,
    attendance: 56,
  },
  {
    title: '社区长者健康讲座（12 月）',
    method: 'community',
    keyActivity: true,
    place: '翠竹社区服务中心一楼大厅',
    goals: '冬季防跌倒与居家安全，覆盖 60 名以上长者。',
    content: '康复师讲解防跌倒要点并示范动作，现场居家安全自查，发放防滑贴。',
    staffing: '胡社工组织，康复师 1 名，志愿者 6 名；朱督导现场督导',
    heldDaysAgo: -7,
  },
];

/**
 * Demo of the activities part (A3.4, A3.2) on the 长者关爱计划: activities held with briefs on time, one whose brief
 * was written on the third day (late), one held five days ago with no brief (overdue on the monitor), and a key
 * activity planned next week; and one entry of the ethics register. Each step runs through the use cases as 胡社工
 * with the clock set to the day it happened, so the history and the brief's lateness are what they would have been.
 * Skipped once the project has an activity.
 */
export async function seedSocialworkActivities(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const project = await ctx.db
    .selectFrom('sw_projects')
    .select(['id', 'org_id'])
    .where('tenant_id', '=', t)
    .where('title', '=', '翠竹社区长者关爱计划')
    .where('state', '=', 'running')
    .executeTakeFirst();
  if (!project) return 0;
  if (
    await ctx.db.selectFrom('sw_activities').select('id').where('tenant_id', '=', t).where('project_id', '=', project.id).executeTakeFirst()
  )
    return 0;
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const clock = new AdjustableClock(ctx.clock);
  const husg = { ...(await actAs(ctx, 'husg')), clock };
  /** `hour` o'clock of the business day `date`, never later than now. */
  const at = (date: string, hour: number) =>
    clock.set(new Date(Math.min(Date.parse(startOfBusinessDay(date, zone)) + hour * HOUR, ctx.clock.now().getTime())));

  let made = 0;
  for (const a of ACTIVITIES) {
    const day = addDays(today, -a.heldDaysAgo);
    at(a.heldDaysAgo > 0 ? addDays(day, -3) : today, 9);
    const planned = await createActivity(husg, project.id, {
      title: a.title,
      method: a.method,
      keyActivity: a.keyActivity,
      plannedOn: day,
      place: a.place,
      planGoals: a.goals,
      planContent: a.content,
      planStaffing: a.staffing,
      progressItemId: null,
    });
    made++;
    if (a.heldDaysAgo <= 0) continue;
    at(day, 17);
    const held = await holdActivity(husg, planned.id, { version: planned.version, heldOn: day, attendance: a.attendance ?? 0 });
    if (a.briefDay === undefined) continue;
    at(addDays(day, a.briefDay), 16);
    await writeBrief(husg, held.id, { version: held.version, summary: a.summary!, reflection: a.reflection!, photos: [] });
  }

  at(addDays(today, -10), 15);
  const worker = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', t)
    .where('username', '=', 'husg')
    .executeTakeFirstOrThrow();
  await recordEthicsEntry(husg, {
    orgId: project.org_id,
    projectId: project.id,
    offeredTo: worker.id,
    offeredBy: '翠竹园 3 栋周阿姨的女儿',
    offeredOn: addDays(today, -12),
    kind: 'gift',
    description: '入户探访后，家属送来超市购物卡一张表示感谢。',
    valueFen: 20_000,
    declinedHow: '当场婉拒未果，次日由林站长陪同原物退还家属，并说明社工服务不收取任何报酬或礼物。',
  });
  return made + 1;
}
