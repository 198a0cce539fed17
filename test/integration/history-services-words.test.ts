import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/modules/history/history.export.js';
import { historyRows } from '../../src/modules/history/history.rules.js';
import { recordHistory } from '../../src/modules/history/history.service.js';
import { systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

/**
 * The histories of the demo's service records (GPS register, home infusion, the workstation's books, social work,
 * training) as a reader gets them in Chinese (the drawer and the Excel file say the same): each row `字段: 之前 => 之后`.
 */
async function rowsOf(entity: string): Promise<string[]> {
  const ctx = await systemContext(t);
  const ids = await t.runtime.deps.db.selectFrom('audit_events').select('entity_id').distinct().where('entity', '=', entity).execute();
  const rows: string[] = [];
  for (const { entity_id } of ids) {
    const events = await recordHistory(ctx, entity, entity_id);
    const names = new Map(events.flatMap((e) => Object.entries(e.names)));
    for (const r of historyRows(
      events,
      wordsOf('zh-CN', entity, 'Asia/Shanghai', (n) => names.get(n)),
    ))
      rows.push(`${r.field}: ${r.before} => ${r.after}`);
  }
  return rows;
}

const withAll = (rows: string[], ...parts: string[]) => rows.filter((r) => parts.every((p) => r.includes(p)));

describe('a service record’s history names what it points to as its pages do, and says codes in words (X1)', () => {
  it('GPS: a terminal’s vehicle by plate and model by code and name, a SIM card’s terminal by serial, a customer’s kind', async () => {
    const terminals = await rowsOf('gps_terminal');
    expect(terminals).toContain('产品型号:  => GT06 北斗/GPS 双模终端');
    expect(terminals).toContain('车辆:  => 粤B3K721');
    expect(await rowsOf('gps_sim')).toContain('所在终端:  => 862410040012301');
    expect(await rowsOf('gps_sim')).toContain('运营商:  => 移动');
    const customers = await rowsOf('gps_customer');
    expect(customers).toContain('类型:  => 车队/公司');
    expect(customers).toContain('所属部门:  => GPS事业部');
    const requests = await rowsOf('gps_install_request');
    expect(requests).toContain('客户:  => 安运出租车公司');
    expect(requests).toContain('车辆:  => 粤BD20001、粤BD20002');
    expect(await rowsOf('gps_vehicle')).toContain('客户:  => 安运出租车公司');
  });

  it('home infusion: the categories a physician overrode by the centre’s names, a patient’s team, an outside drug', async () => {
    expect(await rowsOf('infusion_order')).toContain('超范围类别:  => 中药注射剂');
    expect(await rowsOf('infusion_patient')).toContain('服务团队:  => 翠竹站护理组');
    expect(await rowsOf('infusion_outside_drug')).toContain('药品:  => 注射用头孢呋辛钠 0.75 g');
  });

  it('the workstation: criteria, grades, swaps, kinds of reports and incidents, ledgers, meetings, training', async () => {
    const annual = await rowsOf('annual_assessment');
    expect(annual).toContain('考核标准:  => 翠竹社会服务管理工作站 2026');
    expect(annual).toContain('等次:  => 优秀');
    // the person's figures of the year by the names their modules give them, not socialwork.activitiesHeld、count
    expect(withAll(annual, '年度实绩:', '开展活动 4、简报逾期 1、', '培训学时 7、')).toHaveLength(1);
    expect(await rowsOf('reward_penalty')).toContain('类型:  => 奖励');
    expect(await rowsOf('duty_roster')).toEqual(expect.arrayContaining([expect.stringMatching(/^换班记录: {2}=> \d{4}-\d{2}-\d{2}$/)]));
    expect(await rowsOf('incident')).toContain('类型:  => 群体性纠纷');
    expect(withAll(await rowsOf('incident'), '事件经过:', '约 20 名业主')).toHaveLength(1);
    expect(await rowsOf('station_report')).toContain('类型:  => 社情民意报告');
    expect(await rowsOf('ledger_entry')).toContain('台帐:  => 巡逻防范台帐');
    // a ledger's fields: their code, name and type as the ledger's page calls them; built in said yes or no
    const kinds = await rowsOf('ledger_kind');
    expect(withAll(kinds, '字段:', '字段代码：parties、字段名称：当事人、类型：短文本')).toHaveLength(1);
    expect(kinds).toContain('内置:  => 是');
    const actions = await rowsOf('meeting_action');
    expect(actions).toContain('状态: 未完成 => 已完成');
    expect(actions).toEqual(expect.arrayContaining([expect.stringMatching(/^会议: {2}=> \d{4}-\d{2}-\d{2}$/)]));
    const plans = await rowsOf('training_plan');
    expect(plans).toContain('期间:  => 全年');
    expect(withAll(plans, '培训项目:', '类型：政策法规')).toHaveLength(1);
    const sessions = await rowsOf('training_session');
    expect(sessions).toContain('类型:  => 业务技能');
    expect(sessions).toContain('计划项目:  => 矛盾纠纷调解技巧');
  });

  it('social work: a project by title, a plan by project and version, a change’s decisions, a supervision by its day', async () => {
    const changes = await rowsOf('sw_change_request');
    expect(changes).toContain('项目:  => 翠竹社区长者关爱计划');
    expect(changes).toContain('原计划:  => 翠竹社区长者关爱计划 v1');
    expect(changes).toContain('新计划:  => 翠竹社区长者关爱计划 v2');
    expect(changes).toContain('类型:  => 需求变更');
    expect(changes).toContain('督导审批:  => 批准');
    const plans = await rowsOf('sw_plan');
    expect(plans).toContain('被替代为:  => 翠竹社区长者关爱计划 v2');
    // a change request has no number: it goes by when it was asked for
    expect(plans).toEqual(expect.arrayContaining([expect.stringMatching(/^变更申请: {2}=> \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)]));
    expect(await rowsOf('sw_opinion')).toContain('督导记录:  => 2026-10-28');
    expect(await rowsOf('sw_supervision')).toContain('类型:  => 月度督导');
    expect(await rowsOf('sw_person')).toContain('类型:  => 志愿者');
    expect(await rowsOf('sw_agreement')).toContain('类型:  => 资助协议');
    expect(await rowsOf('sw_ethics_entry')).toContain('类型:  => 礼物');
    expect(await rowsOf('sw_progress_item')).toContain('计划:  => 翠竹社区长者关爱计划 v1');
    // a field read by its own page's name (not 付款方式 or 受理方式), a key activity said yes or no
    const activities = await rowsOf('sw_activity');
    expect(activities).toContain('工作方法:  => 小组');
    expect(activities).toContain('重点活动:  => 是');
    expect(await rowsOf('sw_publicity')).toContain('宣传渠道:  => 翠竹社区宣传栏');
  });
});
