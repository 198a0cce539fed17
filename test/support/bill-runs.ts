import { businessDate } from '../../src/platform/time.js';
import { approvedStandard, type FeeFixture } from './fees.js';
import type { Agent, TestEnv } from './harness.js';

/** The month `n` months before `period` (`YYYY-MM`). */
export function monthsBefore(period: string, n: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) - n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
}

/** The current month by the test env's clock, in the demo tenant's zone (Asia/Shanghai). */
export const thisMonth = (t: TestEnv): string => businessDate(t.runtime.deps.clock.now(), 'Asia/Shanghai').slice(0, 7);

export interface BillingEstate {
  estateId: string;
  buildingId: string;
  /** 100 m² owned all along; 89.5 m² whose owner moves in on the 21st of `moveInMonth`; 60 m² without owner; 50 m² commercial. */
  units: { whole: string; movedIn: string; empty: string; shop: string };
}

/**
 * A small estate of its own (so the demo's standards and runs never price it), registered through the estates API
 * by the office head: four units, their owners, and (unless `standards: false`) approved standards of `property`
 * (1.80/m², commercial 3.50/m²) and `waste` (15.00 per unit) in force since 2020.
 */
export async function billingEstate(
  t: TestEnv,
  head: Agent,
  o: { office: string; name: string; moveInMonth: string; standards?: boolean; extraUnits?: number },
): Promise<BillingEstate & { property?: FeeFixture; waste?: FeeFixture }> {
  const estate = await head.post('/api/estates', { officeId: await t.org(o.office), name: o.name, address: '计费路1号' });
  if (estate.status !== 201) throw new Error(JSON.stringify(estate.body));
  const estateId = estate.body.id as string;
  const building = (await head.post('/api/estate-buildings', { estateId, name: '1栋' })).body;
  const unit = async (room: string, areaMilli: number, use = 'residential') => {
    const res = await head.post('/api/estate-units', {
      estateId,
      buildingId: building.id,
      entrance: '',
      floor: 1,
      room,
      areaMilli,
      use,
      occupancy: 'occupied',
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.id as string;
  };
  const owner = async (unitId: string, name: string, moveInDate: string | null) => {
    const res = await head.post('/api/estate-residents', { unitId, role: 'owner', name, phone: '13800001111', moveInDate });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  };
  const units = {
    whole: await unit('0101', 100_000),
    movedIn: await unit('0102', 89_500),
    empty: await unit('0103', 60_000),
    shop: await unit('0104', 50_000, 'commercial'),
  };
  await owner(units.whole, '钱一', '2020-01-01');
  await owner(units.movedIn, '孙二', `${o.moveInMonth}-21`);
  await owner(units.shop, '李三', null);
  for (let i = 0; i < (o.extraUnits ?? 0); i++)
    await owner(await unit(`2${String(i).padStart(3, '0')}`, 70_000 + i * 10), `业主${i}`, null);
  if (o.standards === false) return { estateId, buildingId: building.id, units };
  const property = await approvedStandard(t, o.name, {
    itemCode: 'property',
    itemName: '物业管理费',
    rates: [
      { use: '*', occupancy: '*', rateFen: 180 },
      { use: 'commercial', occupancy: '*', rateFen: 350 },
    ],
  });
  const waste = await approvedStandard(t, o.name, {
    itemCode: 'waste',
    itemName: '垃圾清运费',
    rates: [{ use: '*', occupancy: '*', rateFen: 1500 }],
  });
  await t.runtime.deps.db.updateTable('fee_standards').set({ basis: 'per_unit' }).where('id', '=', waste.standardId).execute();
  return { estateId, buildingId: building.id, units, property, waste };
}
