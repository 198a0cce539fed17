import { describe, expect, it } from 'vitest';
import { checkGateImport, DEFAULT_GATE_MAPPING, type GateMapping } from './gate-import.rules.js';

const TZ = 'Asia/Shanghai';
const NOW = '2026-11-10T00:00:00.000Z';
const headers = ['记录号', '车牌号', '入场时间', '出场时间'];
const table = (...rows: string[][]) => ({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

describe('checkGateImport', () => {
  it('reads good rows in time order, keyed by the record number', () => {
    const { errors, rows } = checkGateImport(
      table(['R2', '粤b 12345', '2026-11-05 10:00', '2026-11-05 12:00'], ['R1', '沪A00001', '', '2026/11/05 09:00']),
      DEFAULT_GATE_MAPPING,
      TZ,
      NOW,
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { row: 3, plate: '沪A00001', entryAt: null, exitAt: '2026-11-05T01:00:00.000Z', recordNo: 'R1', key: 'no:R1' },
      { row: 2, plate: '粤B12345', entryAt: '2026-11-05T02:00:00.000Z', exitAt: '2026-11-05T04:00:00.000Z', recordNo: 'R2', key: 'no:R2' },
    ]);
  });

  it('names every bad cell as <row>.<column header> of the file', () => {
    const { errors } = checkGateImport(
      table(
        ['1', '京X1', '2026-11-05 10:00', ''],
        ['2', '粤B12345', '05/11/2026', ''],
        ['3', '粤B12345', '', ''],
        ['4', '粤B12345', '2026-11-05 10:00', '2026-11-05 09:00'],
        ['5', '粤B12345', '2026-12-05 10:00', ''],
      ),
      DEFAULT_GATE_MAPPING,
      TZ,
      NOW,
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['2.车牌号', 'gate_import.plate_invalid'],
      ['3.入场时间', 'gate_import.time_invalid'],
      ['4.入场时间', 'gate_import.time_missing'],
      ['5.出场时间', 'gate_import.exit_before_entry'],
      ['6.入场时间', 'gate_import.time_in_future'],
    ]);
  });

  it('follows a custom mapping, and names a mapped column the file lacks', () => {
    const mapping: GateMapping = { plate: 'Plate', entered: 'In', exited: 'Out', record: '' };
    const ok = checkGateImport(
      { headers: ['Out', 'Plate', 'In'], rows: [{ row: 2, cells: ['', '粤B12345', '2026-11-05 10:00'] }] },
      mapping,
      TZ,
      NOW,
    );
    expect(ok.errors).toEqual([]);
    expect(ok.rows[0]).toMatchObject({ plate: '粤B12345', exitAt: null, key: 'in:粤B12345@2026-11-05T02:00:00.000Z' });
    const missing = checkGateImport(table(['1', '粤B12345', '2026-11-05 10:00', '']), mapping, TZ, NOW);
    expect(missing.errors.map((e) => e.field)).toEqual(['mapping.plate', 'mapping.entered', 'mapping.exited']);
  });

  it('takes a file without the default record column, and refuses an empty one', () => {
    const noRecord = { headers: ['车牌号', '入场时间', '出场时间'], rows: [{ row: 2, cells: ['粤B12345', '', '2026-11-05 10:00'] }] };
    expect(checkGateImport(noRecord, DEFAULT_GATE_MAPPING, TZ, NOW).rows[0]?.key).toBe('out:粤B12345@2026-11-05T02:00:00.000Z');
    expect(checkGateImport({ headers, rows: [] }, DEFAULT_GATE_MAPPING, TZ, NOW).errors[0]?.code).toBe('gate_import.empty');
  });
});
