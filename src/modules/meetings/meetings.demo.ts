import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { addDays } from './meeting.rules.js';
import { markActionDone, meetingPeople, recordMinutes, scheduleMeeting } from './meeting.service.js';
import type { Minutes } from './meetings.types.js';

const HOUR = 3_600_000;

/** The three meetings' minutes, the oldest first: what the station's half-months were about. */
const DEMO_MINUTES: Minutes[] = [
  {
    summary: '上半月受理居民来访 23 件，办结 21 件；开展独居老人入户探访 36 户。',
    stability: '排查矛盾纠纷 5 起，调处成功 4 起；翠竹园 3 栋邻里漏水纠纷仍在调解中。',
    safety: '完成辖区夜间巡逻 12 次，发现并整改消防通道占用 2 处。',
    situation: '临近年底，务工人员工资纠纷和电动车入户充电是主要风险点。',
    problems: '独居老人台账信息不全，紧急联系人缺失较多。',
    nextSteps: '完善独居老人台账；开展电动车充电安全宣传。',
  },
  {
    summary: '上半月受理居民来访 19 件，全部办结；完成独居老人台账更新。',
    stability: '排查矛盾纠纷 3 起，全部调处；漏水纠纷达成调解协议。',
    safety: '开展电动车充电安全宣传 2 场，覆盖居民 300 余人。',
    situation: '年底治安形势总体平稳，入室盗窃警情较上月略有上升。',
    problems: '夜间巡逻人手不足，需调整值班安排。',
    nextSteps: '重新编排治安巡逻班次；加强楼栋门禁检查。',
  },
  {
    summary: '上半月受理居民来访 21 件，办结 20 件；慰问困难家庭 8 户。',
    stability: '排查矛盾纠纷 4 起，调处成功 4 起，无越级上访。',
    safety: '新巡逻班次运行良好，入室盗窃警情回落。',
    situation: '春节临近，烟花爆竹燃放与人员流动带来安全压力。',
    problems: '平安建设宣传形式单一，居民参与度不高。',
    nextSteps: '筹备平安建设宣传周；做好春节期间值班备勤。',
  },
];

/**
 * Demo of the work meetings (A1.2) at 翠竹社会服务管理工作站, relative to the day it is seeded: 林站长 held a meeting
 * 44, 29 and 14 days ago, each scheduled five days before, 高值班 taking the minutes; 胡社工 was away at one. Action
 * items: 胡社工's from the first, done in time; 高值班's from the second, overdue; 胡社工's from the third, due in 10
 * days. The next meeting is scheduled for tomorrow, the day it is due, so the demo keeps the interval.
 * Skipped once the station has a meeting.
 */
export async function seedMeetings(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  if (!station) return 0;
  if (await ctx.db.selectFrom('meetings').select('id').where('tenant_id', '=', t).where('org_id', '=', station.id).executeTakeFirst())
    return 0;
  const zone = await tenantZone(ctx);
  const day0 = businessDate(ctx.clock.now(), zone);
  const clock = new AdjustableClock(ctx.clock);
  const at = (offset: number, hour: number) => new Date(Date.parse(startOfBusinessDay(addDays(day0, offset), zone)) + hour * HOUR);
  const on = (offset: number, hour: number) => clock.set(at(offset, hour));
  const head = { ...(await actAs(ctx, 'linzz')), clock };
  const husgCtx = { ...(await actAs(ctx, 'husg')), clock };
  const staff = (await meetingPeople(head, station.id)).items;
  const id = (name: string) => staff.find((p) => p.displayName === name)!.id;
  const [lin, gao, hu] = [id('林站长'), id('高值班'), id('胡社工')];
  const attendance = (away?: { userId: string; reason: string }) =>
    staff.map((p) =>
      p.id === away?.userId ? { userId: p.id, present: false, absenceReason: away.reason } : { userId: p.id, present: true },
    );
  const plan = [
    { day: -44, away: undefined, action: { text: '补全独居老人台账的紧急联系人信息', ownerId: hu, dueOn: addDays(day0, -37) } },
    {
      day: -29,
      away: { userId: hu, reason: '外出参加区社工业务培训' },
      action: { text: '重新编排治安巡逻班次并报中心备案', ownerId: gao, dueOn: addDays(day0, -20) },
    },
    { day: -14, away: undefined, action: { text: '筹备平安建设宣传周活动方案', ownerId: hu, dueOn: addDays(day0, 10) } },
  ];
  let n = 0;
  for (const [i, p] of plan.entries()) {
    on(p.day - 5, 9);
    const m = await scheduleMeeting(head, {
      orgId: station.id,
      scheduledAt: at(p.day, 9.5).toISOString(),
      place: '工作站会议室',
      chairId: lin,
    });
    on(p.day, 11);
    const held = await recordMinutes(head, m.id, {
      version: m.version,
      heldAt: at(p.day, 9.5).toISOString(),
      minutes: DEMO_MINUTES[i]!,
      attendees: attendance(p.away),
      recorderId: gao,
      actions: [p.action],
    });
    n += 2;
    if (i === 0) {
      on(-38, 16);
      await markActionDone(husgCtx, held.actions[0]!.id, { version: 1, note: '已逐户电话核实，补全紧急联系人 36 人' });
      n++;
    }
  }
  on(-1, 10);
  await scheduleMeeting(head, { orgId: station.id, scheduledAt: at(1, 9.5).toISOString(), place: '工作站会议室', chairId: lin });
  return n + 1;
}
