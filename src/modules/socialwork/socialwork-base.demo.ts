import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { createProject } from './project.service.js';
import type { PlanContent } from './socialwork.types.js';

/** The plan in force of the demo's running project (A3.3): all three methods, its activities and targets. */
export const DEMO_ELDERLY_PLAN: PlanContent = {
  background: '翠竹社区 60 岁以上老人约 1,200 人，其中独居、空巢老人 180 余人，社区缺少日间照料与精神慰藉服务。',
  theory: '增能理论、社会支持网络理论',
  longTermGoals: '建立社区长者互助网络，提升独居长者的生活质量与社会参与。',
  stageGoals: '第一阶段（10–12 月）完成独居长者建档探访；第二阶段（1–3 月）组建互助小组；第三阶段（4–6 月）开展社区活动并评估。',
  area: '翠竹社区（翠竹园、翠竹街道）',
  periodFrom: '2026-10-01',
  periodTo: '2027-06-30',
  serviceUsers: '翠竹社区独居、空巢长者及其家属',
  methods: ['casework', 'group', 'community'],
  activities: [
    { title: '独居长者入户探访', method: 'casework', frequency: '每月 2 次' },
    { title: '长者互助小组', method: 'group', frequency: '每两周 1 次' },
    { title: '社区长者健康讲座', method: 'community', frequency: '每月 1 次' },
  ],
  frequency: '每月不少于 4 次活动',
  costFen: 4_800_000,
  benefitTargets: '建档探访 150 人；互助小组 2 个、成员 24 人；健康讲座服务 600 人次；满意度不低于 90%。',
  executors: '胡社工（执行人）、林站长，志愿者 6 名',
};

/**
 * Demo base of the social-work module (A3), at 翠竹社会服务管理工作站: the 长者关爱计划 and the 青少年成长营, executed by
 * 胡社工 and supervised by 朱督导, created on 1 September 2026. The plans part then surveys, plans, approves and starts the first (plans.demo.ts).
 * Skipped once the tenant has a project.
 */
export async function seedSocialworkBase(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('sw_projects').select('id').where('tenant_id', '=', t).executeTakeFirst()) return 0;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  const worker = await findUserByUsername(ctx.db, t, 'husg');
  const supervisor = await findUserByUsername(ctx.db, t, 'zhudd');
  if (!station || !worker || !supervisor) return 0;
  // created on the day the work began (before the survey of September), not on the day the demo is seeded
  const clock = new AdjustableClock(ctx.clock);
  clock.set(new Date(Date.parse(startOfBusinessDay('2026-09-01', await tenantZone(ctx))) + 10 * 3_600_000));
  const husg = { ...(await actAs(ctx, 'husg')), clock };
  const people = { orgId: station.id, executorId: worker.user.id, supervisorId: supervisor.user.id };
  await createProject(husg, { ...people, title: '翠竹社区长者关爱计划' });
  await createProject(husg, { ...people, title: '青少年暑期成长营' });
  return 2;
}
