import { inTransaction, type UseCase } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import * as repo from './project.repo.js';
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
 * Demo base of the social-work module (A3), at 翠竹社会服务管理工作站: the running 长者关爱计划 (survey recorded, plan
 * approved by 马主任, started) executed by 胡社工 and supervised by 朱督导, and the 青少年成长营 still being initiated.
 * Skipped once the tenant has a project.
 */
export async function seedSocialworkBase(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('sw_projects').select('id').where('tenant_id', '=', t).executeTakeFirst()) return 0;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  const worker = await findUserByUsername(ctx.db, t, 'husg');
  const supervisor = await findUserByUsername(ctx.db, t, 'zhudd');
  const head = await findUserByUsername(ctx.db, t, 'mazr');
  if (!station || !worker || !supervisor || !head) return 0;
  const husg = await actAs(ctx, 'husg');
  const people = { orgId: station.id, executorId: worker.user.id, supervisorId: supervisor.user.id };
  const elderly = await createProject(husg, { ...people, title: '翠竹社区长者关爱计划' });
  await createProject(husg, { ...people, title: '青少年暑期成长营' });

  await inTransaction(husg, async (tx) => {
    const surveyedAt = '2026-09-20T02:00:00.000Z';
    await tx.db
      .insertInto('sw_needs_surveys')
      .values({
        tenant_id: t,
        id: newId(),
        project_id: elderly.id,
        surveyed_from: '2026-09-05',
        surveyed_to: '2026-09-18',
        respondents: '翠竹社区独居、空巢长者及其家属，社区居委会',
        respondent_count: 86,
        method: '问卷调查 + 入户访谈 + 居民座谈会',
        needs: '日常陪伴与精神慰藉；健康知识与慢病管理；紧急情况下的求助渠道。',
        opinions: '希望有固定的社工定期上门；活动时间安排在上午。',
        suggestions: '组织长者之间的互助；联合社区卫生服务站开展健康讲座。',
        recorded_by: worker.user.id,
        recorded_at: surveyedAt,
      })
      .execute();
    await repo.insertPlan(tx.db, t, {
      id: newId(),
      projectId: elderly.id,
      versionNo: 1,
      state: 'approved',
      content: DEMO_ELDERLY_PLAN,
      changeRequestId: null,
      submittedAt: '2026-09-25T02:00:00.000Z',
      submittedBy: worker.user.id,
      decidedAt: '2026-09-28T06:00:00.000Z',
      decidedBy: head.user.id,
      returnReason: null,
      createdAt: '2026-09-22T02:00:00.000Z',
      updatedAt: '2026-09-28T06:00:00.000Z',
      version: 3,
    });
    const started = { ...(await repo.findProject(tx.db, t, elderly.id))!.project };
    const after = {
      ...started,
      state: 'running' as const,
      startedAt: '2026-10-08T01:00:00.000Z',
      startedBy: worker.user.id,
      updatedAt: tx.now,
      version: started.version + 1,
    };
    await repo.updateProject(tx.db, t, after, started.version);
    await tx.audit({ action: 'sw_project.start', entity: 'sw_project', entityId: elderly.id, before: started, after });
  });
  return 2;
}
