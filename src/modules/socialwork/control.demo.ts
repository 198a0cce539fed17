import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { recordAssessment } from './assessment.service.js';
import { answerOpinion, recordCheck, recordSupervision } from './control.service.js';

/**
 * Demo of A3.5 on 翠竹社区长者关爱计划 (running since 2026-10-08), each step with the clock set back to when it was
 * done: 胡社工's checks of October and of November (a lecture missed, with its remedy); 朱督导's monthly supervision
 * of October with two opinions, of which 胡社工 answered one — the other is overdue, and November's supervision is
 * missing, so both show on the monitors; and 马主任's assessment of 胡社工 for the project's first two months
 * (2026-10-01 – 2026-11-30). Skipped once the project has a check.
 */
export async function seedSocialworkControl(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const project = await ctx.db
    .selectFrom('sw_projects')
    .select(['id', 'state'])
    .where('tenant_id', '=', t)
    .where('title', '=', '翠竹社区长者关爱计划')
    .executeTakeFirst();
  if (project?.state !== 'running') return 0;
  if (
    await ctx.db
      .selectFrom('sw_monthly_checks')
      .select('id')
      .where('tenant_id', '=', t)
      .where('project_id', '=', project.id)
      .executeTakeFirst()
  )
    return 0;
  const worker = await findUserByUsername(ctx.db, t, 'husg');
  if (!worker) return 0;
  const clock = new AdjustableClock(ctx.clock);
  const at = (iso: string) => clock.set(new Date(iso));
  const husg = { ...(await actAs(ctx, 'husg')), clock };
  const zhudd = { ...(await actAs(ctx, 'zhudd')), clock };
  const mazr = { ...(await actAs(ctx, 'mazr')), clock };

  at('2026-10-28T06:00:00.000Z');
  const supervised = await recordSupervision(zhudd, project.id, {
    kind: 'monthly',
    month: '2026-10',
    heldOn: '2026-10-28',
    findings: '已完成独居长者建档 46 人、入户探访 2 轮；探访记录填写不够完整，部分记录缺少长者需求变化。',
    opinions: [
      '探访记录须逐项填写长者的健康、情绪和需求变化，并由社工签名。',
      '互助小组的招募对象和分组标准请在 11 月上旬前形成书面方案。',
    ],
  });
  const [first] = supervised.supervisions[0]!.opinions;

  at('2026-10-30T08:00:00.000Z');
  await recordCheck(husg, project.id, {
    month: '2026-10',
    findings: '对照项目计划书和推进计划：建档探访 46 人，入户探访 2 次，健康讲座 1 次（服务 52 人次），均按计划完成。',
    missed: [],
  });

  at('2026-11-02T03:00:00.000Z');
  await answerOpinion(husg, first!.id, {
    version: first!.version,
    answer: '已修订探访记录表，增加健康、情绪、需求变化三栏，11 月起每次探访后由社工签名。',
  });

  at('2026-11-30T08:00:00.000Z');
  await recordCheck(husg, project.id, {
    month: '2026-11',
    findings: '入户探访 2 次、互助小组筹备会 1 次按计划完成；11 月社区长者健康讲座未能举办。',
    missed: [{ item: '社区长者健康讲座（11 月）', remedy: '社区卫生服务站医生临时外派，已改约 12 月 10 日补办，并在 12 月加办一场。' }],
  });

  at('2026-12-01T02:00:00.000Z');
  await recordAssessment(mazr, {
    executorId: worker.user.id,
    periodFrom: '2026-10-01',
    periodTo: '2026-11-30',
    score: 82,
    comments: '建档探访进度符合计划，月度检查按时完成；有一条督导意见逾期未回复，11 月讲座缺办，需加强与合作方的沟通。',
  });
  return 5;
}
