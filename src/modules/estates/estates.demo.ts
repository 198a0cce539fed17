import { inTransaction, type UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { idCheckChar } from './estate.rules.js';
import { addBuildings, createEstate } from './estate.service.js';
import type { Occupancy } from './estate.types.js';
import { addResidents, type ResidentFields } from './estate-residents.service.js';
import { addUnits, type UnitFields } from './estate-units.service.js';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
];

/** A made-up but valid resident ID (check character right), so the masked form looks like a real one. */
const demoId = (n: number) => {
  const first = `110105${1950 + (n % 50)}${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first + idCheckChar(first);
};

interface Plan {
  office: string;
  name: string;
  address: string;
  head: string;
  buildings: { name: string; entrances: string[]; floors: number; perFloor: number; areas: number[]; commercial?: boolean }[];
}

const PLANS: Plan[] = [
  {
    office: 'office-a',
    name: '翠竹园',
    address: '深圳市福田区翠竹路88号',
    head: 'wangfang',
    buildings: Array.from({ length: 8 }, (_, i) => ({
      name: `${i + 1}栋`,
      entrances: ['1'],
      floors: 11,
      perFloor: 2,
      areas: [89_500, 126_380],
    })),
  },
  {
    office: 'office-b',
    name: '金色家园',
    address: '深圳市南山区金色大道168号',
    head: 'zhaolei',
    buildings: [
      ...Array.from({ length: 4 }, (_, i) => ({
        name: `${i + 1}栋`,
        entrances: ['1', '2'],
        floors: 9,
        perFloor: 2,
        areas: [78_250, 98_600],
      })),
      { name: '商业街', entrances: [''], floors: 1, perFloor: 12, areas: [45_000, 62_500], commercial: true },
    ],
  },
];

/**
 * Two estates with their buildings, a few hundred units and their owners and tenants: 翠竹园 (office A) and 金色家园
 * (office B), made through the service as each office's head, so every record has its history.
 */
export async function seedEstates(ctx: UseCase): Promise<number> {
  const existing = await ctx.db.selectFrom('estates').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).execute();
  if (existing.length) return 0;
  let made = 0;
  let n = 0;
  for (const plan of PLANS) {
    const head = await actAs(ctx, plan.head);
    const officeId = (await findOrgByCode(ctx.db, ctx.actor.tenantId, plan.office))!.id;
    const estate = await createEstate(head, { officeId, name: plan.name, address: plan.address });
    await inTransaction(head, async (tx) => {
      const buildings = await addBuildings(
        tx,
        estate.id,
        plan.buildings.map((b) => b.name),
      );
      const units: UnitFields[] = [];
      for (const [bi, b] of plan.buildings.entries())
        for (const entrance of b.entrances)
          for (let floor = 1; floor <= b.floors; floor++)
            for (let k = 1; k <= b.perFloor; k++) {
              const i = ++n;
              const occupancy: Occupancy = i % 11 === 0 ? 'vacant' : i % 17 === 0 ? 'decorating' : 'occupied';
              units.push({
                buildingId: buildings[bi]!.id,
                entrance,
                floor,
                room: b.commercial ? `S${String(k).padStart(2, '0')}` : `${String(floor).padStart(2, '0')}${String(k).padStart(2, '0')}`,
                areaMilli: b.areas[(k - 1) % b.areas.length]!,
                use: b.commercial ? 'commercial' : 'residential',
                occupancy,
              });
            }
      const saved = await addUnits(tx, estate.id, units);
      const residents: (ResidentFields & { unitId: string; idNumber: string | null })[] = [];
      for (const [i, u] of saved.entries()) {
        if (i % 13 === 5) continue; // an owner not yet on the register
        const person = (j: number) => `${SURNAMES[j % SURNAMES.length]}${GIVEN[(j * 7) % GIVEN.length]}`;
        residents.push({
          unitId: u.id,
          role: 'owner',
          name: person(i + plan.name.length),
          phone: `139${String(10_000_000 + i * 7919 + plan.name.length * 100_003).slice(-8)}`,
          idNumber: i % 4 === 0 ? demoId(i) : null,
          moveInDate: `20${String(10 + (i % 14)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        });
        if (u.occupancy === 'occupied' && i % 9 === 0)
          residents.push({
            unitId: u.id,
            role: 'renter',
            name: person(i * 3 + 1),
            phone: `137${String(20_000_000 + i * 6007).slice(-8)}`,
            idNumber: null,
            moveInDate: '2025-09-01',
          });
      }
      await addResidents(tx, estate.id, residents);
      made += 1 + buildings.length + saved.length + residents.length;
    });
  }
  return made;
}
