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
});
