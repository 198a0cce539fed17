import { inTransaction, type UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { listEstates } from '../estates/estate.service.js';
import { unitDirectory } from '../estates/estate-units.service.js';
import { createCarPark } from './car-park.service.js';
import type { CarParkKind, SpaceOwnership } from './parking.types.js';
import { addSpaces, type SpaceFields } from './parking-space.service.js';
import { parsePlate } from './plate.rules.js';
import { addVehicles, type VehicleFields } from './vehicle.service.js';

interface ParkPlan {
  code: string;
  name: string;
  kind: CarParkKind;
  prefix: string;
  /** How many spaces of each ownership, numbered in this order. */
  spaces: [SpaceOwnership, number][];
}

interface EstatePlan {
  estate: string;
  /** Who keeps the register there: the security manager at 翠竹园, the office head at 金色家园 (no 保安部 manager yet). */
  keeper: string;
  parks: ParkPlan[];
  /** How many vehicles, the city letters their plates mostly carry, and the share of new-energy plates (1 in n). */
  vehicles: number;
  city: string;
  newEnergyEvery: number;
}

const PLANS: EstatePlan[] = [
  {
    estate: '翠竹园',
    keeper: 'wuqiang',
    parks: [
      {
        code: 'P1',
        name: '地面停车场',
        kind: 'ground',
        prefix: 'A',
        spaces: [
          ['public', 28],
          ['rented', 12],
        ],
      },
      {
        code: 'B1',
        name: '地下车库',
        kind: 'underground',
        prefix: 'B',
        spaces: [
          ['owned', 40],
          ['rented', 20],
        ],
      },
    ],
    vehicles: 52,
    city: '粤B',
    newEnergyEvery: 6,
  },
  {
    estate: '金色家园',
    keeper: 'zhaolei',
    parks: [
      {
        code: 'B1',
        name: '地下车库',
        kind: 'underground',
        prefix: 'B',
        spaces: [
          ['owned', 24],
          ['rented', 16],
          ['public', 10],
        ],
      },
    ],
    vehicles: 30,
    city: '粤B',
    newEnergyEvery: 7,
  },
];

/** Plates of cars that came from elsewhere: a few from Shanghai, Jiangsu, Zhejiang and the rest of Guangdong. */
const OTHER_PLACES = ['沪A', '苏E', '浙A', '粤A', '沪B', '苏A', '浙B', '湘A'];
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A made-up plate, the same for the same n every time: mostly the estate's city, every `every`-th a green plate. */
function demoPlate(n: number, city: string, every: number): string {
  const where = n % 5 === 3 ? OTHER_PLACES[n % OTHER_PLACES.length]! : city;
  const digits = String((n * 7919 + 30_011) % 100_000).padStart(5, '0');
  if (n % every === 0) return `${where}${n % 2 ? 'F' : 'D'}${digits}`;
  // about a third carry a letter among the digits, as issued numbers do
  const letter = LETTERS[(n * 13) % LETTERS.length]!;
  return n % 3 === 0 ? `${where}${letter}${digits.slice(1)}` : `${where}${digits}`;
}

/**
 * The parking register of the two demo estates: 翠竹园's ground car park (public and rented spaces) and underground
 * garage (owned and rented), 金色家园's garage, and about 80 vehicles of owners and tenants, each with its plate. Made
 * through the services as the keepers of the register, so every record has its history. Deterministic.
 */
export async function seedParkingRegister(ctx: UseCase): Promise<number> {
  if (await ctx.db.selectFrom('car_parks').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).executeTakeFirst()) return 0;
  let made = 0;
  let n = 0;
  for (const plan of PLANS) {
    const as = await actAs(ctx, plan.keeper);
    const estate = (await listEstates(as, { q: plan.estate, page: 1, pageSize: 5 })).items.find((e) => e.name === plan.estate);
    if (!estate) throw new Error(`the demo has no estate ${plan.estate}`);
    const { rooms, residents } = await unitDirectory(as, estate.id);
    // units with an owner on the register, in room order (the directory's map has no order of its own)
    const owned = [...rooms.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, unitId]) => ({ unitId, people: residents.get(unitId) ?? [] }))
      .filter((u) => u.people.some((p) => p.role === 'owner'));
    let nextUnit = 0;
    const takeUnit = () => owned[(nextUnit++ * 3) % owned.length]!;

    const spaceUnits: string[] = [];
    for (const park of plan.parks) {
      const carPark = await createCarPark(as, { estateId: estate.id, code: park.code, name: park.name, kind: park.kind });
      const fields: SpaceFields[] = [];
      for (const [ownership, count] of park.spaces)
        for (let i = 0; i < count; i++) {
          // one rented space in four waits for a tenant
          const unitId = ownership === 'public' || (ownership === 'rented' && i % 4 === 3) ? null : takeUnit().unitId;
          if (unitId) spaceUnits.push(unitId);
          fields.push({ number: `${park.prefix}-${String(fields.length + 1).padStart(3, '0')}`, ownership, unitId });
        }
      await inTransaction(as, async (tx) => {
        made += 1 + (await addSpaces(tx, carPark.id, fields)).length;
      });
    }

    // the units with a space first, then others: most cars belong to a unit with a space, some park on public spaces
    const vehicleUnits = [...new Set([...spaceUnits, ...owned.map((u) => u.unitId)])].slice(0, plan.vehicles);
    const vehicles: VehicleFields[] = vehicleUnits.map((unitId, i) => {
      const people = residents.get(unitId) ?? [];
      const renter = people.find((p) => p.role === 'renter');
      // a unit with a tenant living there: the tenant's car, every other time
      const holder = renter && i % 2 === 0 ? renter : people.find((p) => p.role === 'owner')!;
      const plate = parsePlate(demoPlate(++n, plan.city, plan.newEnergyEvery));
      if (!plate) throw new Error(`demo plate ${demoPlate(n, plan.city, plan.newEnergyEvery)} is not a plate`);
      return { plate: plate.plate, unitId, holderResidentId: holder.id, holderName: holder.name, holderPhone: holder.phone };
    });
    await inTransaction(as, async (tx) => {
      made += (await addVehicles(tx, estate, vehicles)).length;
    });
  }
  return made;
}
