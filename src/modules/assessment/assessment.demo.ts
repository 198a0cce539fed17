import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { saveAnnual } from './annual.service.js';
import { setCriteria } from './criteria.service.js';
import { postResponsibility } from './responsibility.service.js';
import { recordReward } from './reward.service.js';

/** The demo's criteria at the station (A1.6): the weights add up to 100. */
export const DEMO_CRITERIA = [
  { name: '工作职责', weight: 40, description: '岗位职责履行情况，项目与日常工作的完成质量' },
  { name: '学习培训', weight: 15, description: '参加业务学习与培训的学时和效果' },
  { name: '值班备勤', weight: 20, description: '按排班值班，值班记录完整，交接清楚' },
  { name: '群众满意', weight: 25, description: '服务对象与居民的满意程度' },
];

const DUTIES: Record<string, { post: string; duties: string }> = {
  linzz: {
    post: '站长',
    duties: '主持工作站全面工作；组织政治理论与业务学习；召开站务会议；审核工作台账与信息报送；安排值班备勤；组织年终考核。',
  },
  gaozb: {
    post: '值班人员',
    duties: '按排班值班备勤，接待来访群众并登记；填写值班日志，做好交接班；遇突发事件及时报告站长并协助处置。',
  },
  husg: {
    post: '社会工作者',
    duties: '执行社会工作服务项目：需求调查、活动策划与开展、活动简报；回应督导意见；做好个案、小组、社区工作记录。',
  },
};

/**
 * Demo of the assessment at 翠竹社会服务管理工作站 for the current year: 马主任 posts the station head's
 * responsibilities and 林站长 those of 高值班 and 胡社工; 林站长 sets the criteria (工作职责 40, 学习培训 15, 值班备勤 20,
 * 群众满意 25), records a commendation for 胡社工 and a verbal warning for 高值班; 马主任 assesses 胡社工 at year end.
 * Past days are back-dated with the clock (never after today). Skipped once the station has criteria.
 */
export async function seedAssessment(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  const husg = await findUserByUsername(ctx.db, t, 'husg');
  const gaozb = await findUserByUsername(ctx.db, t, 'gaozb');
  const linzz = await findUserByUsername(ctx.db, t, 'linzz');
  if (!station || !husg || !gaozb || !linzz) return 0;
  if (
    await ctx.db
      .selectFrom('assessment_criteria')
      .select('id')
      .where('tenant_id', '=', t)
      .where('org_id', '=', station.id)
      .executeTakeFirst()
  )
    return 0;
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const year = Number(today.slice(0, 4));
  const clock = new AdjustableClock(ctx.clock);
  /** Acting as `username` on a day of the year (or today, if that day is still to come), at 10:00. */
  const on = async (username: string, monthDay: string) => {
    const day = [`${year}-${monthDay}`, today].sort()[0]!;
    clock.set(new Date(Date.parse(startOfBusinessDay(day, zone)) + 10 * 3_600_000));
    return { ctx: { ...(await actAs(ctx, username)), clock }, day };
  };
  const ids = { linzz: linzz.user.id, gaozb: gaozb.user.id, husg: husg.user.id };
  let made = 0;
  for (const [username, by] of [
    ['linzz', 'mazr'],
    ['gaozb', 'linzz'],
    ['husg', 'linzz'],
  ] as const) {
    const a = await on(by, '01-05');
    const d = DUTIES[username]!;
    await postResponsibility(a.ctx, { userId: ids[username], postTitle: d.post, duties: d.duties, postedOn: a.day });
    made++;
  }
  const c = await on('linzz', '01-06');
  await setCriteria(c.ctx, { orgId: station.id, year, items: DEMO_CRITERIA });
  const r = await on('linzz', '10-20');
  await recordReward(r.ctx, {
    userId: ids.husg,
    kind: 'reward',
    occurredOn: r.day,
    reason: '长者关爱计划入户探访扎实细致，获翠竹社区居委会书面表扬',
    measure: '通报表扬',
  });
  const p = await on('linzz', '11-12');
  await recordReward(p.ctx, {
    userId: ids.gaozb,
    kind: 'penalty',
    occurredOn: p.day,
    reason: '值班交接时未填写值班日志，次日补记',
    measure: '口头警告',
  });
  const y = await on('mazr', '12-04');
  await saveAnnual(y.ctx, {
    userId: ids.husg,
    year,
    scores: [
      { name: '工作职责', score: 92 },
      { name: '学习培训', score: 85 },
      { name: '值班备勤', score: 88 },
      { name: '群众满意', score: 95 },
    ],
    comment: '全年认真执行长者关爱计划，活动开展扎实，简报基本及时；建议加强个案记录的规范性。',
  });
  return made + 4;
}
