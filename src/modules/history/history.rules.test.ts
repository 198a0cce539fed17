import { describe, expect, it } from 'vitest';
import { diffEvent, type HistoryWords, historyRows, mentionedIds, valueText } from './history.rules.js';

const words: HistoryWords = {
  action: (c) => ({ 'order.assign': '派工', 'order.create': '受理工单' })[c] ?? c,
  field: (f) => ({ staffCount: '服务人数', totalFen: '合计' })[f] ?? f,
  yesNo: (field, value) => (field === 'active' ? (value ? '启用' : '已停用') : value ? '是' : '否'),
  fileKept: '图像随记录保存',
  instant: (iso) => `local ${iso.slice(0, 16)}`,
  money: (fen) => `¥${(fen / 100).toFixed(2)}`,
  listSeparator: '、',
  labelSeparator: '：',
  aside: (text, note) => `${text}（${note}）`,
};

describe('history rows for the Excel file', () => {
  it('lists the changed business fields only, leaving bookkeeping out', () => {
    expect(diffEvent({ state: 'confirmed', version: 3, staffCount: 2 }, { state: 'assigned', version: 4, staffCount: 2 })).toEqual([
      { field: 'state', before: 'confirmed', after: 'assigned' },
    ]);
  });
  it('lists what a creation set and what a removal took away, not the fields left empty', () => {
    const taken = { number: 'JZ-1', customerName: '李建华', staffCount: null, address: '', details: {}, lines: [], serviceFeeFen: 0 };
    expect(diffEvent(null, taken).map((c) => c.field)).toEqual(['number', 'customerName', 'serviceFeeFen']);
    expect(diffEvent(taken, null).map((c) => c.field)).toEqual(['number', 'customerName', 'serviceFeeFen']);
    // a change still says a field was emptied
    expect(diffEvent({ note: '门铃坏了' }, { note: null })).toEqual([{ field: 'note', before: '门铃坏了', after: null }]);
  });
  it('names a field of a record audited as a row as the catalogues do, leaving its bookkeeping out', () => {
    expect(diffEvent(null, { tenant_id: 't1', plan_goals: '建立个案档案', recorded_by: 'u1' }).map((c) => c.field)).toEqual([
      'planGoals',
      'recordedBy',
    ]);
  });
  it('says a kept signature or photo is with the record, not its id; other ids go by their names', () => {
    const id = '01a250fe-4853-7d37-855b-ad38759cb418';
    expect(valueText('ownerSignatureBlobId', id, words)).toBe('图像随记录保存');
    expect(valueText('orderId', id, { ...words, named: (n) => (n === id ? 'JZ-20261207-0005' : undefined) })).toBe('JZ-20261207-0005');
  });
  it('reads a scaled number as it is meant, and a record kept as JSON text as its fields', () => {
    expect(valueText('areaMilli', 89500, words)).toBe('89.5');
    expect(valueText('hoursTenths', 20, words)).toBe('2');
    expect(valueText('sections', '[{"heading":"工作开展情况","body":"巡逻 26 次"}]', words)).toBe(
      'heading：工作开展情况、body：巡逻 26 次',
    );
    expect(valueText('note', '[见附件]', words)).toBe('[见附件]');
    const attendees = [
      { displayName: '林站长', userId: 'u1', present: true },
      { displayName: '胡社工', userId: 'u2', present: false, absenceReason: '病假' },
    ];
    expect(valueText('attendees', attendees, words)).toBe('林站长（present：是）、胡社工（present：否、absenceReason：病假）');
  });
  it('writes amounts in yuan, instants in local time, yes/no and lists in words', () => {
    expect(valueText('totalFen', 12000, words)).toBe('¥120.00');
    expect(valueText('staffCount', 2, words)).toBe('2');
    expect(valueText('assignedAt', '2026-11-27T01:00:00.000Z', words)).toBe('local 2026-11-27T01:00');
    expect(valueText('priceAccepted', true, words)).toBe('是');
    expect(valueText('staff', ['孙秀英', '刘洋'], words)).toBe('孙秀英、刘洋');
    expect(valueText('items', [{ name: '桶装水' }], words)).toBe('桶装水');
    expect(valueText('lines', [{ itemId: 'i1', itemName: '室内保洁', quantityMilli: 3000, amountFen: 12000 }], words)).toBe(
      '室内保洁 × 3 ¥120.00',
    );
    expect(valueText('detail', { staff: ['u1', 'u2'], staffNames: ['孙秀英', '刘洋'], signatureBlobId: 'b1' }, words)).toBe(
      'staffNames：孙秀英、刘洋',
    );
    expect(valueText('note', null, words)).toBe('');
  });
  it('gives one row per changed field, and one for a step that changed none', () => {
    const rows = historyRows(
      [
        {
          at: '2026-11-27T01:00:00.000Z',
          actorName: '刘洋',
          action: 'order.create',
          before: null,
          after: { staffCount: null, totalFen: 0 },
        },
        { at: '2026-11-27T02:00:00.000Z', actorName: '刘洋', action: 'order.assign', before: { totalFen: 0 }, after: { totalFen: 0 } },
      ],
      words,
    );
    expect(rows).toEqual([
      { at: 'local 2026-11-27T01:00', actor: '刘洋', action: '受理工单', field: '合计', before: '', after: '¥0.00' },
      { at: 'local 2026-11-27T02:00', actor: '刘洋', action: '派工', field: '', before: '', after: '' },
    ]);
  });
});

describe('mentionedIds', () => {
  it('finds the ids an event holds, however deep, also in JSON text, and nothing else', () => {
    const a = '01a24fca-0000-7000-8000-000000000001';
    const b = '01a24fca-0000-7000-8000-000000000002';
    const c = '01a24fca-0000-7000-8000-000000000003';
    const ids = mentionedIds([
      { recorded_by: a, note: '见 01a24fca' },
      { memberIds: [b], minutes: JSON.stringify({ by: c }) },
    ]);
    expect([...ids].sort()).toEqual([a, b, c]);
  });
});
