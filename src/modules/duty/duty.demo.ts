import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import * as repo from './duty.repo.js';
import { addDays } from './duty.rules.js';
import { handOver, receive, writeLog } from './log.service.js';
import { fillRotation, recordSwap, setContact } from './roster.service.js';

/** What the demo's duty logs record, in turn: patrols, mediation, registration services and the day's events. */
const DAYS = [
  {
    patrols: 2,
    patrolNotes: '上午、晚上各巡逻一次翠竹园及周边街巷，未发现异常。',
    mediations: 1,
    mediationNotes: '3 栋楼上漏水引发邻里纠纷，约双方到站调解，约定由楼上业主请人维修。',
    registrations: 4,
    registrationNotes: '流动人口登记 2 人，居住证咨询 1 人，低保材料代收 1 份。',
    events: '无突发情况。',
  },
  {
    patrols: 3,
    patrolNotes: '重点巡查社区菜市场消防通道，劝离占道摆摊 2 处。',
    mediations: 0,
    mediationNotes: '',
    registrations: 6,
    registrationNotes: '出租屋登记 3 户，老年人优待证代办 3 人。',
    events: '傍晚接居民来电反映路灯不亮，已报街道城管。',
  },
  {
    patrols: 2,
    patrolNotes: '夜间巡逻翠竹街道，提醒 2 家商铺关好门窗。',
    mediations: 1,
    mediationNotes: '停车位纠纷，经调解双方同意按物业划线停放。',
    registrations: 2,
    registrationNotes: '就业登记 1 人，法律援助咨询 1 人。',
    events: '独居老人张某家属来站求助联系不上老人，与网格员上门确认安全。',
  },
];

const HANDOVER = '今日情况已记录在值班日志，无未结事项；请留意翠竹园 3 栋漏水维修进度。';

/**
 * Demo of duty (A1.5) at 翠竹社会服务管理工作站, on the days it happened (a back-dated clock): three weeks ago 林站长
 * set his 24-hour phone and filled the roster to ten days ahead by rotation among 高值班, 胡社工 and himself (高值班 is
 * on duty today), so the days after it in the horizon are uncovered; he recorded one swap; each past day the person
 * on duty wrote the log and handed over, received the next morning — except one day 胡社工 wrote no log (the
 * monitor's one missing log), and yesterday's handover still waits for 高值班 to receive it. Skipped once sw-s1
 * keeps a roster.
 */
export async function seedDuty(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  if (!station || (await repo.findRoster(ctx.db, t, { orgId: station.id }))) return 0;
  const ids = await Promise.all(['gaozb', 'husg', 'linzz'].map((u) => findUserByUsername(ctx.db, t, u)));
  if (ids.some((u) => !u)) return 0;
  const [gaozb, husg, linzz] = ids.map((u) => u!.user.id) as [string, string, string];
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const clock = new AdjustableClock(ctx.clock);
  const at = (day: string, hour: number) => clock.set(new Date(Date.parse(startOfBusinessDay(day, zone)) + hour * 3_600_000));
  const as = async (username: string) => ({ ...(await actAs(ctx, username)), clock });
  const head = await as('linzz');
  const staff: Record<string, UseCase> = { [gaozb]: await as('gaozb'), [husg]: await as('husg'), [linzz]: head };

  const first = addDays(today, -21);
  at(first, 9);
  await setContact(head, { orgId: station.id, headPhone: '13800000064' });
  await fillRotation(head, { orgId: station.id, from: first, to: addDays(today, 10), userIds: [gaozb, husg, linzz] });
  at(addDays(today, -11), 16);
  await recordSwap(head, { orgId: station.id, day: addDays(today, -10), toUserId: gaozb, reason: '林站长参加街道综治工作会议' });

  const missingDay = addDays(today, -5);
  let records = 3;
  for (let i = -21; i < 0; i++) {
    const day = addDays(today, i);
    const onDuty = (await repo.dayAt(ctx.db, t, station.id, day))!;
    if (day === missingDay) continue;
    at(day, 20);
    const log = await writeLog(staff[onDuty.userId]!, { orgId: station.id, day, ...DAYS[(i + 21) % DAYS.length]! });
    records++;
    const next = await repo.dayAt(ctx.db, t, station.id, addDays(day, 1));
    if (!next || next.userId === onDuty.userId) continue;
    const handed = await handOver(staff[onDuty.userId]!, log.id, { version: log.version, handoverNote: HANDOVER });
    if (i === -1) continue;
    at(addDays(day, 1), 8.5);
    await receive(staff[next.userId]!, log.id, { version: handed.version });
  }
  return records;
}
