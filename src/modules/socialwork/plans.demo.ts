import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { listSurveys } from './initiation.repo.js';
import { recordAgreement, recordSurvey, startProject } from './initiation.service.js';
import { approvePlan, draftPlan, submitPlan } from './plan.service.js';
import type { PlanContent } from './socialwork.types.js';
import { DEMO_ELDERLY_PLAN } from './socialwork-base.demo.js';

/** The 青少年暑期成长营's draft: casework and community activities only, so the plan shows the missing group work. */
export const DEMO_YOUTH_PLAN: PlanContent = {
  background: '暑期翠竹社区约 300 名中小学生无人看护，部分青少年沉迷网络、缺少同伴交往与社会实践机会。',
  theory: '优势视角理论、生态系统理论',
  longTermGoals: '为社区青少年搭建安全、有益的暑期成长平台，增强其自我认知与社会适应能力。',
  stageGoals: '7 月完成报名与个别访谈；8 月开展社区实践活动；8 月底总结展示。',
  area: '翠竹社区',
  periodFrom: '2027-07-01',
  periodTo: '2027-08-31',
  serviceUsers: '翠竹社区 10–15 岁青少年及其家长',
  methods: ['casework', 'community'],
  activities: [
    { title: '青少年个别成长访谈', method: 'casework', frequency: '每人 1 次' },
    { title: '社区志愿服务实践日', method: 'community', frequency: '每周 1 次' },
  ],
  frequency: '每周不少于 2 次活动',
  costFen: 1_200_000,
  benefitTargets: '服务青少年 60 人；社区实践 8 次；家长满意度不低于 90%。',
  executors: '胡社工（执行人），大学生志愿者 4 名',
};

/**
 * Demo of 立项 (A3.3), through the use cases as the people who did it: 胡社工 records the 长者关爱计划's needs survey
 * and its funding agreement, drafts and submits the plan, 马主任 approves it and 胡社工 starts the project; for the
 * 青少年暑期成长营 he records a survey and drafts a plan without group work, which the plan shows as a warning.
 * Skipped once the 长者关爱计划 has a survey.
 */
export async function seedSocialworkPlans(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const byTitle = async (title: string) =>
    ctx.db.selectFrom('sw_projects').select('id').where('tenant_id', '=', t).where('title', '=', title).executeTakeFirst();
  const elderly = await byTitle('翠竹社区长者关爱计划');
  const youth = await byTitle('青少年暑期成长营');
  if (!elderly || !youth || (await listSurveys(ctx.db, t, elderly.id)).length) return 0;
  // each step on the day it was done, so the start (8 October) comes before the activities and checks of the others
  const zone = await tenantZone(ctx);
  const clock = new AdjustableClock(ctx.clock);
  const on = (date: string) => clock.set(new Date(Date.parse(startOfBusinessDay(date, zone)) + 10 * 3_600_000));
  const husg = { ...(await actAs(ctx, 'husg')), clock };
  const mazr = { ...(await actAs(ctx, 'mazr')), clock };
  on('2026-09-20');

  await recordSurvey(husg, elderly.id, {
    surveyedFrom: '2026-09-05',
    surveyedTo: '2026-09-18',
    respondents: '翠竹社区独居、空巢长者及其家属，社区居委会',
    respondentCount: 86,
    method: '问卷调查 + 入户访谈 + 居民座谈会',
    needs: '日常陪伴与精神慰藉；健康知识与慢病管理；紧急情况下的求助渠道。',
    opinions: '希望有固定的社工定期上门；活动时间安排在上午。',
    suggestions: '组织长者之间的互助；联合社区卫生服务站开展健康讲座。',
  });
  on('2026-09-21');
  await recordAgreement(husg, elderly.id, {
    kind: 'funding',
    partner: '翠竹街道办事处',
    signedOn: '2026-09-21',
    amountFen: 4_800_000,
    note: '政府购买社会工作服务，分两期拨付',
  });
  on('2026-09-22');
  const plan = await draftPlan(husg, elderly.id, DEMO_ELDERLY_PLAN);
  on('2026-09-25');
  await submitPlan(husg, plan.id);
  on('2026-09-28');
  await approvePlan(mazr, plan.id);
  on('2026-10-08');
  await startProject(husg, elderly.id);
  on('2026-11-25');

  await recordSurvey(husg, youth.id, {
    surveyedFrom: '2026-11-10',
    surveyedTo: '2026-11-24',
    respondents: '翠竹社区中小学生家长、学生，社区居委会',
    respondentCount: 42,
    method: '线上问卷 + 家长座谈会',
    needs: '暑期看护；同伴交往；社会实践机会。',
    opinions: '家长希望活动安排在工作日白天，地点离家近。',
    suggestions: '联合辖区学校招募大学生志愿者。',
  });
  await draftPlan(husg, youth.id, DEMO_YOUTH_PLAN);
  return 7;
}
