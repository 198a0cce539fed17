import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { voidEntry, writeEntry } from './ledger-entry.service.js';
import { changeKind, defineKind, ensureBuiltinKinds, ledgerOverview } from './ledger-kind.service.js';
import type { LedgerField, LedgerValues } from './ledgers.types.js';

const field = (key: string, label: string, type: LedgerField['type'], extra: Partial<LedgerField> = {}): LedgerField => ({
  key,
  label,
  type,
  required: false,
  listed: true,
  searchable: false,
  options: [],
  ...extra,
});

/** The station's own ledger of the demo: visits to elders living alone (v1; v2 adds the elder's needs). */
export const ELDERLY_VISIT_FIELDS: LedgerField[] = [
  field('elder', '走访对象', 'text', { required: true, searchable: true }),
  field('address', '住址', 'text', { searchable: true }),
  field('health', '身体状况', 'select', { required: true, options: ['良好', '一般', '较差'] }),
  field('visitor', '走访人', 'person', { required: true, searchable: true }),
  field('notes', '走访情况', 'longtext', { listed: false, searchable: true }),
];

/**
 * Demo of the ledgers (A1.4) at 翠竹社会服务管理工作站: entries in every built-in ledger written by 林站长, 高值班 and
 * 胡社工 on the past days they record (back-dated), one voided by 林站长 with its reason, and the station's own
 * 独居老人走访台帐, changed once so that its first entries keep the fields they were written with. Skipped once the
 * tenant has any ledger entry.
 */
export async function seedLedgers(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  await ensureBuiltinKinds(ctx);
  const station = await findOrgByCode(ctx.db, t, 'sw-s1');
  if (!station) return 0;
  if (await ctx.db.selectFrom('ledger_entries').select('id').where('tenant_id', '=', t).executeTakeFirst()) return 0;
  const ids: Record<string, string> = {};
  for (const u of ['linzz', 'gaozb', 'husg']) {
    const found = await findUserByUsername(ctx.db, t, u);
    if (!found) return 0;
    ids[u] = found.user.id;
  }
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const clock = new AdjustableClock(ctx.clock);
  const at = (n: number, hour: number) => clock.set(new Date(Date.parse(startOfBusinessDay(day(n), zone)) + hour * 3_600_000));
  const as = async (u: string) => ({ ...(await actAs(ctx, u)), clock });
  const linzz = await as('linzz');
  const gaozb = await as('gaozb');
  const husg = await as('husg');
  const kinds = new Map((await ledgerOverview(linzz)).kinds.map((k) => [k.code, k.id]));
  const kindId = (code: string) => kinds.get(code) ?? '';
  let n = 0;
  const write = async (who: UseCase, code: string, daysAgo: number, hour: number, values: LedgerValues) => {
    at(daysAgo, hour);
    n++;
    return writeEntry(who, { kindId: kindId(code), orgId: station.id, occurredOn: day(daysAgo), values });
  };

  await write(linzz, 'mediation', 12, 16, {
    parties: '翠竹园 3 栋 502 王某、602 李某',
    partiesPhone: '13800138001',
    disputeType: '邻里纠纷',
    place: '翠竹园 3 栋',
    dispute: '602 室装修期间漏水，导致 502 室天花板发霉，双方就赔偿金额争执不下。',
    mediation: '站长约双方到工作站面谈，请物业出具漏水原因说明，说明相关法律规定，双方各让一步。',
    outcome: '调解成功',
    agreement: '602 李某承担维修费 1,800 元，一周内修复防水层。',
    mediator: ids.linzz ?? '',
    followUp: '一周后回访，已修复，双方满意。',
  });
  await write(husg, 'mediation', 5, 10, {
    parties: '翠竹街 12 号 张某（父）、张某某（子）',
    disputeType: '家庭婚姻纠纷',
    dispute: '父子因老人赡养费问题发生争吵，老人到工作站求助。',
    mediation: '社工分别与父子谈话，讲解赡养义务，约定下次家庭会议。',
    outcome: '部分达成',
    mediator: ids.husg ?? '',
  });
  await write(gaozb, 'patrol', 3, 21, {
    startAt: `${day(3)}T20:00`,
    endAt: `${day(3)}T22:00`,
    area: '翠竹园—翠竹街—社区广场',
    patrollers: '高值班、治安志愿者 3 名',
    findings: '社区广场路灯 2 盏不亮；翠竹园 5 栋楼道堆放杂物。',
    handling: '已报物业维修路灯，通知 5 栋住户清理杂物。',
    leader: ids.gaozb ?? '',
  });
  await write(gaozb, 'patrol', 1, 22, {
    startAt: `${day(1)}T20:30`,
    endAt: `${day(1)}T22:00`,
    area: '翠竹园全区',
    patrollers: '高值班、治安志愿者 2 名',
    findings: '无异常。',
    leader: ids.gaozb ?? '',
  });
  await write(gaozb, 'reception', 7, 9, {
    visitor: '刘某',
    phone: '13900139002',
    address: '翠竹园 8 栋 101',
    headcount: 1,
    category: '求助',
    matter: '咨询低保申请需要准备的材料。',
    handling: '当场告知申请材料及办理地点，发放办事指南。',
    result: '当场答复',
    receiver: ids.gaozb ?? '',
  });
  await write(linzz, 'reception', 2, 15, {
    visitor: '翠竹园业主代表 陈某等',
    phone: '13700137003',
    headcount: 4,
    category: '投诉',
    matter: '反映小区夜间广场舞噪音扰民。',
    handling: '登记诉求，约广场舞队负责人协商调整时间和音量。',
    result: '办理中',
    receiver: ids.linzz ?? '',
  });
  await write(husg, 'assistance', 9, 14, {
    subject: '赵某',
    category: '社区矫正人员',
    method: '走访谈话',
    content: '了解近期工作和家庭情况，提醒按时报到，讲解矫正期间注意事项。',
    conduct: '表现稳定，已在附近超市就业。',
    helper: ids.husg ?? '',
    nextSteps: '下月再次走访，联系就业培训。',
  });
  await write(husg, 'legal_education', 6, 15, {
    topic: '防范电信网络诈骗',
    form: '法制讲座',
    place: '翠竹社区活动室',
    audience: '社区老年居民',
    participants: 46,
    materials: 120,
    content: '结合典型案例讲解冒充公检法、养老投资等诈骗手法，现场解答提问。',
    organiser: ids.husg ?? '',
  });
  await write(linzz, 'legal_education', 4, 10, {
    topic: '《民法典》婚姻家庭编宣传',
    form: '宣传摊点',
    place: '翠竹街口',
    participants: 80,
    materials: 200,
    organiser: ids.linzz ?? '',
  });
  await write(linzz, 'work_log', 2, 18, {
    work: '上午召开站务会，布置本周巡逻和来访接待；下午接待业主代表反映噪音问题，联系广场舞队。',
    issues: '夜间巡逻志愿者人手不足。',
    nextSteps: '联系居委会增补志愿者。',
  });
  await write(gaozb, 'work_log', 1, 18, {
    work: '值班接待来访 3 人次，夜间巡逻一次，整理本周台帐。',
    nextSteps: '周五前完成月度台帐汇总。',
  });
  const wrong = await write(gaozb, 'work_log', 1, 19, {
    work: '值班接待来访 3 人次（重复录入）。',
  });
  at(0, 9);
  await voidEntry(linzz, wrong.id, { reason: '与同日工作日志重复录入', version: wrong.version });

  // the station's own ledger, defined by the head and changed once: older visits keep the fields they had
  at(20, 9);
  const own = await defineKind(linzz, { orgId: station.id, code: 'elderly_visit', name: '独居老人走访台帐', fields: ELDERLY_VISIT_FIELDS });
  kinds.set('elderly_visit', own.id);
  await write(husg, 'elderly_visit', 18, 10, {
    elder: '孙奶奶（82 岁）',
    address: '翠竹园 2 栋 303',
    health: '一般',
    visitor: ids.husg ?? '',
    notes: '血压偏高，提醒按时服药；家中燃气灶老旧，建议更换。',
  });
  await write(linzz, 'elderly_visit', 15, 15, {
    elder: '周爷爷（79 岁）',
    address: '翠竹街 6 号',
    health: '良好',
    visitor: ids.linzz ?? '',
    notes: '精神状况良好，子女每周探望。',
  });
  at(14, 9);
  await changeKind(linzz, own.id, {
    name: '独居老人走访台帐',
    fields: [...ELDERLY_VISIT_FIELDS, field('needs', '需求与转介', 'longtext', { listed: true, searchable: true })],
    version: own.version,
  });
  await write(husg, 'elderly_visit', 8, 10, {
    elder: '孙奶奶（82 岁）',
    address: '翠竹园 2 栋 303',
    health: '一般',
    visitor: ids.husg ?? '',
    notes: '已更换燃气灶，老人情绪好转。',
    needs: '希望有志愿者每周陪同买菜，已转介志愿者队伍。',
  });
  return n;
}
