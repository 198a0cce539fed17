import { describe, expect, it } from 'vitest';
import { orderReceiptItems, withLineKey } from './receipt-items.rules.js';

describe('an order’s receipt lines (A2.4.2.2)', () => {
  it('are the order’s own lines, then its material fee as a fixed line', () => {
    expect(orderReceiptItems([{ itemName: '室内保洁', amountFen: 10_000 }], 433)).toEqual([
      { name: '室内保洁', amountFen: 10_000 },
      { name: '材料费', amountFen: 433, key: 'materials' },
    ]);
  });

  it('charge a repair out of warranty its parts alone, with no line for labour (A4.2)', () => {
    expect(orderReceiptItems([], 37_000)).toEqual([{ name: '材料费', amountFen: 37_000, key: 'materials' }]);
    expect(orderReceiptItems([{ itemName: '上门检测', amountFen: 0 }], 37_000)).toEqual([
      { name: '材料费', amountFen: 37_000, key: 'materials' },
    ]);
  });

  it('have no material line when no material was charged', () => {
    expect(
      orderReceiptItems(
        [
          { itemName: '地毯清洗', amountFen: 8_000 },
          { itemName: '玻璃清洗', amountFen: 2_800 },
        ],
        0,
      ),
    ).toEqual([
      { name: '地毯清洗', amountFen: 8_000 },
      { name: '玻璃清洗', amountFen: 2_800 },
    ]);
  });
});

describe('a stored receipt line', () => {
  it('written before fixed lines carried a key is known by its name: 材料费 and 服务费 print in the print’s language', () => {
    expect(withLineKey({ name: '材料费', amountFen: 37_000 })).toEqual({ name: '材料费', amountFen: 37_000, key: 'materials' });
    expect(withLineKey({ name: '服务费', amountFen: 12_000 })).toEqual({ name: '服务费', amountFen: 12_000, key: 'service' });
  });

  it('of the record’s own keeps its name, and a keyed line its key', () => {
    expect(withLineKey({ name: '地毯清洗', amountFen: 8_000 })).toEqual({ name: '地毯清洗', amountFen: 8_000 });
    expect(withLineKey({ name: '物业管理费 2026-10 3栋1单元1201', amountFen: 22_748 })).not.toHaveProperty('key');
    expect(withLineKey({ name: 'constructor', amountFen: 1 })).not.toHaveProperty('key');
    expect(withLineKey({ name: '材料费', amountFen: 433, key: 'materials' })).toEqual({ name: '材料费', amountFen: 433, key: 'materials' });
  });
});
