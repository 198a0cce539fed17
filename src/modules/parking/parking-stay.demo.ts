import type { UseCase } from '../../platform/context.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay, zoneOffsetMinutes } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { listCarParks } from './car-park.service.js';
import { importGateFile } from './gate-import.service.js';
import { recordEntry, recordExit } from './parking-stay.service.js';
import { parsePlate } from './plate.rules.js';

/** A small deterministic random source (mulberry32), so the demo is the same every time for the same day. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const VISITOR_PLACES = ['粤B', '粤B', '粤B', '粤B', '粤A', '粤S', '粤E', '湘A', '赣B', '沪A', '浙A'];
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const MINUTE = 60_000;

interface DemoStay {
  no: string;
  plate: string;
  entry: number;
  exit: number | null;
}

/** The gate system's CSV of one day: every record that entered or left on it, the exit empty while the car was inside. */
function dayCsv(stays: DemoStay[], from: number, to: number, local: (ms: number) => string): Buffer {
  const lines = [['记录号', '车牌号', '入场时间', '出场时间']];
  for (const s of stays) {
    const entered = s.entry >= from && s.entry < to;
    const left = s.exit !== null && s.exit >= from && s.exit < to;
    if (!entered && !left) continue;
    lines.push([s.no, s.plate, s.entry < 0 ? '' : local(s.entry), s.exit !== null && s.exit < to ? local(s.exit) : '']);
  }
  return Buffer.from(`\ufeff${lines.map((l) => l.join(',')).join('\r\n')}\r\n`);
}

/**
 * 14 days of gate records up to yesterday at 翠竹园's ground car park (P1) and garage (B1): visitors (a short stop,
 * an errand of 1–5 hours, a few overnight), residents' cars and monthly-pass cars coming home in the evening and
 * leaving in the morning. Most arrive through the gate export, one CSV a car park and day imported by the security
 * supervisor 李军 (so the imports list shows them, and a car that stays overnight is completed by the next day's file);
 * some visitors at P1's side gate are entered by hand by the guard 赵刚. Two exits have no entry on record, two cars are
 * still inside. 金色家园's garage keeps no gate records. Deterministic for a given day.
 */
export async function seedGateRecords(ctx: UseCase): Promise<number> {
  if (await ctx.db.selectFrom('parking_stays').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).executeTakeFirst())
    return 0;
  const supervisor = await actAs(ctx, 'lijun');
  const guard = await actAs(ctx, 'zhaogang');
  const parks = (await listCarParks(supervisor, { page: 1, pageSize: 100 })).items.filter((c) => c.estateName === '翠竹园');
  if (!parks.length) return 0;
  const zone = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), zone);
  const dayStart = (daysAgo: number) =>
    Date.parse(startOfBusinessDay(businessDate(new Date(Date.parse(`${today}T12:00:00Z`) - daysAgo * 86_400_000), zone), zone));
  /** The wall clock of an instant in the zone, as the gate system writes it (2026-11-20 08:03:00). */
  const local = (ms: number) => new Date(ms + zoneOffsetMinutes(new Date(ms), zone) * MINUTE).toISOString().slice(0, 19).replace('T', ' ');
  const rand = random(Date.parse(`${today}T00:00:00Z`) / 86_400_000);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const between = (a: number, b: number) => a + Math.floor(rand() * (b - a + 1));
  const visitorPlate = () => {
    for (;;) {
      const letter = rand() < 0.35 ? LETTERS[between(0, LETTERS.length - 1)]! : '';
      const digits = String(between(0, 99_999)).padStart(5, '0');
      const plate = parsePlate(`${pick(VISITOR_PLACES)}${letter}${digits.slice(letter.length)}`);
      if (plate) return plate.plate;
    }
  };

  let made = 0;
  for (const park of parks.filter((c) => c.code === 'P1' || c.code === 'B1')) {
    // the residents' and pass holders' cars of the estate come home at night; pass cars are not charged per stay
    const residents = (
      await ctx.db
        .selectFrom('vehicles')
        .select('plate')
        .where('tenant_id', '=', ctx.actor.tenantId)
        .where('estate_id', '=', park.estateId)
        .where('active', '=', 1)
        .orderBy('plate')
        .execute()
    ).map((v) => v.plate);
    const passCars = (
      await ctx.db
        .selectFrom('parking_passes as p')
        .innerJoin('vehicles as v', (j) => j.onRef('v.tenant_id', '=', 'p.tenant_id').onRef('v.id', '=', 'p.vehicle_id'))
        .select('v.plate')
        .where('p.tenant_id', '=', ctx.actor.tenantId)
        .where('p.car_park_id', '=', park.id)
        .where('p.state', '=', 'active')
        .execute()
    ).map((v) => v.plate);
    const homeCars = [...new Set([...passCars, ...residents.filter((_p, i) => i % 2 === (park.code === 'P1' ? 0 : 1))])];
    const stays: DemoStay[] = [];
    let no = 0;
    const record = (plate: string, entry: number, exit: number | null) =>
      stays.push({ no: `${park.code}${String(++no).padStart(6, '0')}`, plate, entry, exit });
    const [visitorsMin, visitorsMax] = park.code === 'P1' ? [28, 44] : [14, 26];
    for (let ago = 14; ago >= 1; ago--) {
      const d0 = dayStart(ago);
      const at = (h: number, m: number) => d0 + (h * 60 + m) * MINUTE;
      for (let i = between(visitorsMin, visitorsMax); i > 0; i--) {
        const entry = at(between(7, 20), between(0, 59));
        const r = rand();
        const minutes = r < 0.35 ? between(3, 14) : r < 0.85 ? between(50, 300) : r < 0.95 ? between(300, 600) : between(720, 900);
        const exit = entry + minutes * MINUTE;
        record(visitorPlate(), entry, ago === 1 && exit >= dayStart(0) ? null : exit);
      }
      // home cars: back in the evening, out the next morning (not the last night: they would still be inside)
      if (ago > 1)
        for (const plate of homeCars)
          if (rand() < 0.55)
            record(plate, at(between(17, 21), between(0, 59)), dayStart(ago - 1) + (between(7, 9) * 60 + between(0, 59)) * MINUTE);
    }
    // a car the gate saw leave but never saw enter (its entry lost when the barrier was up for a delivery)
    const lostDay = dayStart(park.code === 'P1' ? 6 : 3);
    stays.push({ no: `${park.code}X00001`, plate: visitorPlate(), entry: -1, exit: lostDay + (15 * 60 + 20) * MINUTE });
    // and one still inside at B1 since last evening
    if (park.code === 'B1') record(visitorPlate(), dayStart(1) + (21 * 60 + 40) * MINUTE, null);
    // visitors whose entry has no exit on the last day are still inside only if they came late: keep the demo's two
    for (const s of stays) if (s.exit === null && s.entry < dayStart(1) + 21 * 60 * MINUTE) s.exit = s.entry + 90 * MINUTE;

    for (let ago = 14; ago >= 1; ago--) {
      const [from, to] = [dayStart(ago), dayStart(ago - 1)];
      const file = dayCsv(stays, from, to, local);
      const fileName = `${park.code}-出入记录-${businessDate(new Date(from), zone)}.csv`;
      const done = await importGateFile(supervisor, { carParkId: park.id, fileName, file });
      made += done.added + done.unmatched;
    }
  }

  // the side gate of P1 has no camera: the guard types a few visitors in by hand on the last three days
  const p1 = parks.find((c) => c.code === 'P1');
  if (p1) {
    for (let ago = 3; ago >= 1; ago--) {
      const d0 = dayStart(ago);
      for (let i = 0; i < 4; i++) {
        const plate = visitorPlate();
        const entry = d0 + (between(8, 17) * 60 + between(0, 59)) * MINUTE;
        await recordEntry(guard, { carParkId: p1.id, plate, at: new Date(entry).toISOString() });
        await recordExit(guard, { carParkId: p1.id, plate, at: new Date(entry + between(10, 240) * MINUTE).toISOString() });
        made++;
      }
    }
    // a car the guard let out whose entry nobody recorded, and one that came in last evening and is still inside
    await recordExit(guard, { carParkId: p1.id, plate: visitorPlate(), at: new Date(dayStart(2) + 13 * 60 * MINUTE).toISOString() });
    await recordEntry(guard, { carParkId: p1.id, plate: visitorPlate(), at: new Date(dayStart(1) + 22 * 60 * MINUTE).toISOString() });
    made += 2;
  }
  return made;
}
