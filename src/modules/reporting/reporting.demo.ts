import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { acknowledgeIncident, recordIncident } from './incident.service.js';
import { nextPeriod, previousPeriod } from './report.rules.js';
import { acknowledgeReport, submitReport } from './report.service.js';
import type { ReportKind } from './reporting.types.js';

const HOUR = 3_600_000;

const SECTIONS: Record<ReportKind, (month: string) => { heading: string; body: string }[]> = {
  work: (m) => [
    {
      heading: '工作开展情况',
      body: `${m} 月组织治安巡逻 26 次，调处矛盾纠纷 5 起（调处成功 5 起），接待群众来访 14 人次，开展法制宣传 2 场。`,
    },
    { heading: '存在的问题', body: '翠竹园 3 栋电动车违规充电现象仍有发生；值班人员夜间巡逻人手偏紧。' },
    { heading: '下一步工作', body: '联合物业开展电动车充电安全专项检查；协调社区志愿者补充夜间巡逻力量。' },
  ],
  public_sentiment: (m) => [
    { heading: '群众关注的问题', body: `${m} 月居民反映集中在小区停车难、老旧电梯维修和菜市场噪声三方面，共收集意见 18 条。` },
    { heading: '社情动态', body: '辖区总体稳定，未发现群体性事件苗头；翠竹街个别商户与城管执法存在摩擦，已做好疏导。' },
    { heading: '意见建议', body: '建议街道协调增设临时停车位，并督促电梯维保单位公布维修计划。' },
  ],
};

/**
 * Demo of A1.3 at 翠竹社会服务管理工作站, dated back from today: the work reports and 社情民意 reports of the last three
 * months submitted by 林站长 early in the month after and acknowledged by 马主任 — except last month's 社情民意
 * report, still waiting for him; a group dispute 高值班 reported within the hour and 马主任 acknowledged, and a
 * safety accident reported two and a half hours after it happened (the late monitor's one breach). Skipped once
 * the tenant has a report.
 */
export async function seedReporting(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  if (await ctx.db.selectFrom('station_reports').select('id').where('tenant_id', '=', t).executeTakeFirst()) return 0;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  if (!station) return 0;
  const zone = await tenantZone(ctx);
  const clock = new AdjustableClock(ctx.clock);
  const at = (iso: string) => clock.set(new Date(iso));
  const linzz = { ...(await actAs(ctx, 'linzz')), clock };
  const gaozb = { ...(await actAs(ctx, 'gaozb')), clock };
  const mazr = { ...(await actAs(ctx, 'mazr')), clock };
  const now = ctx.clock.now();
  const today = businessDate(now, zone);
  // at `hour` local time on `date`
  const local = (date: string, hour: number) => new Date(Date.parse(startOfBusinessDay(date, zone)) + hour * HOUR).toISOString();
  let made = 0;

  const last = previousPeriod(today.slice(0, 7));
  for (const period of [previousPeriod(previousPeriod(last)), previousPeriod(last), last]) {
    const next = nextPeriod(period);
    for (const kind of ['work', 'public_sentiment'] as const) {
      // submitted at 9:00 (work) or 10:00 on the 2nd of the next month, acknowledged at 16:00 — never after now
      const latest = now.getTime() - 20 * 60_000;
      const submitted = Math.min(Date.parse(local(`${next}-02`, kind === 'work' ? 9 : 10)), latest);
      at(new Date(submitted).toISOString());
      const r = await submitReport(linzz, { orgId: station.id, kind, period, sections: SECTIONS[kind](period.slice(5).replace(/^0/, '')) });
      made++;
      if (period === last && kind === 'public_sentiment') continue;
      at(new Date(Math.min(Date.parse(local(`${next}-02`, 16)), latest + 10 * 60_000)).toISOString());
      await acknowledgeReport(mazr, r.id, {
        version: r.version,
        reply: kind === 'work' ? '已阅，电动车充电安全检查请抓紧落实。' : '已阅。',
      });
    }
  }

  // a group dispute four days ago: intervened at once, reported 40 minutes after, acknowledged 20 minutes later
  const disputeDay = businessDate(new Date(now.getTime() - 4 * 24 * HOUR), zone);
  const disputeAt = local(disputeDay, 14);
  at(new Date(Date.parse(disputeAt) + 40 * 60_000).toISOString());
  const dispute = await recordIncident(gaozb, {
    orgId: station.id,
    kind: 'group_dispute',
    occurredAt: disputeAt,
    place: '翠竹园 5 栋楼下',
    description: '约 20 名业主因地下车库改建停车位分配问题与施工方发生争执，现场情绪激动，有推搡苗头。',
    measures: '值班人员到场劝离围观人员，联系社区民警和物业经理到场，组织业主代表与施工方暂停施工、协商分配方案。',
    measuresAt: new Date(Date.parse(disputeAt) + 10 * 60_000).toISOString(),
    report: true,
  });
  at(new Date(Date.parse(disputeAt) + 60 * 60_000).toISOString());
  await acknowledgeIncident(mazr, dispute.id, {
    version: dispute.version,
    reply: '请继续稳控现场，做好业主代表的沟通，明天上午将协商结果报中心。',
  });

  // a safety accident two days ago, recorded and reported two and a half hours after it happened: late
  const accidentDay = businessDate(new Date(now.getTime() - 2 * 24 * HOUR), zone);
  const accidentAt = local(accidentDay, 20);
  at(new Date(Date.parse(accidentAt) + 150 * 60_000).toISOString());
  await recordIncident(gaozb, {
    orgId: station.id,
    kind: 'safety_accident',
    occurredAt: accidentAt,
    place: '翠竹街 18 号临街商铺',
    description: '商铺门口电动车充电时起火，火势很快被扑灭，无人员伤亡，一辆电动车烧毁。',
    measures: '店主用灭火器扑灭明火，值班人员到场疏散围观群众，切断充电线路，通知物业排查同排商铺的充电线路。',
    measuresAt: new Date(Date.parse(accidentAt) + 15 * 60_000).toISOString(),
    report: true,
  });
  return made + 2;
}
