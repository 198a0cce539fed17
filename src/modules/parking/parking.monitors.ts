import { type SqlBool, sql } from 'kysely';
import type { UseCase } from '../../platform/context.js';
import { pathWithin } from '../../platform/db/scope.js';
import { mergePages, pathInRegion } from '../../platform/monitors/monitor.sql.js';
import type { Breach, Monitor, MonitorScope } from '../../platform/monitors/monitor.types.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, nextBusinessDate, startOfBusinessDay } from '../../platform/time.js';
import { type ParamRegion, paramRegionsUnder } from '../params/param-regions.service.js';
import { offStandard } from './parking-collection.rules.js';
import { standardById } from './standard-in-force.repo.js';

/** The business date `n` days before `date`. */
const daysBefore = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * Car parks of a region that charge on `day` (in use, an approved standard in force that month, approved and the car
 * park registered before the day ended) with no stay entered or exited that day and no import of the gate's export.
 */
function silentCarParks(ctx: UseCase, region: ParamRegion, day: { date: string; from: string; to: string }) {
  return ctx.db
    .selectFrom('car_parks as c')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 'c.tenant_id').onRef('o.id', '=', 'c.office_id'))
    .innerJoin('estates as e', (j) => j.onRef('e.tenant_id', '=', 'c.tenant_id').onRef('e.id', '=', 'c.estate_id'))
    .where('c.tenant_id', '=', ctx.actor.tenantId)
    .where('c.active', '=', 1)
    .where('c.created_at', '<', day.to)
    .where(pathInRegion('o.path', region))
    .where(
      sql<SqlBool>`exists (select 1 from parking_standards s where s.tenant_id = c.tenant_id and s.car_park_id = c.id and s.state = 'approved' and s.effective_month <= ${day.date.slice(0, 7)} and s.approved_at < ${day.to})`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from parking_stays t where t.tenant_id = c.tenant_id and t.car_park_id = c.id and t.entered_at >= ${day.from} and t.entered_at < ${day.to})`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from parking_stays t where t.tenant_id = c.tenant_id and t.car_park_id = c.id and t.exited_at >= ${day.from} and t.exited_at < ${day.to})`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from parking_gate_imports i where i.tenant_id = c.tenant_id and i.car_park_id = c.id and i.imported_at >= ${day.from} and i.imported_at < ${day.to})`,
    );
}

/** The closed business days a region checks: yesterday and the `days − 1` before it (today is not over yet). */
async function checkedDays(ctx: UseCase, days: number) {
  const tz = await tenantZone(ctx);
  const today = businessDate(ctx.clock.now(), tz);
  return Array.from({ length: days }, (_, i) => {
    const date = daysBefore(today, i + 1);
    return { date, from: startOfBusinessDay(date, tz), to: startOfBusinessDay(nextBusinessDate(date), tz) };
  });
}

/** A2.4.1.2: a charging car park with no gate record (entry, exit or import) on a day of the last `parkingGateCheckDays`. */
export const gateSilentMonitor: Monitor = {
  id: 'parking.gate_silent',
  clauseId: 'A2.4.1.2',
  title: { 'zh-CN': '车场当日无道闸记录（未录入或导入）', en: 'Car parks with no gate records for a day' },
  responsibleRole: 'security_supervisor',
  async count(ctx, scope) {
    let total = 0;
    for (const r of await paramRegionsUnder(ctx, scope.path, 'parkingGateCheckDays')) {
      for (const day of await checkedDays(ctx, r.value)) {
        const row = await silentCarParks(ctx, r, day)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirst();
        total += Number(row?.n ?? 0);
      }
    }
    return total;
  },
  async list(ctx, scope, page) {
    const parts: Breach[][] = [];
    for (const r of await paramRegionsUnder(ctx, scope.path, 'parkingGateCheckDays')) {
      for (const day of await checkedDays(ctx, r.value)) {
        const rows = await silentCarParks(ctx, r, day)
          .select(['c.id', 'c.code', 'c.name', 'c.office_id', 'e.name as estate_name', 'o.name as office_name'])
          .orderBy('e.name')
          .orderBy('c.code')
          .limit(page.offset + page.limit)
          .execute();
        parts.push(
          rows.map((c) => ({
            what: {
              key: 'breach.parkingGateSilent',
              values: { office: c.office_name, estate: c.estate_name, carPark: c.name, day: day.date },
            },
            since: day.to,
            entity: {
              type: 'car_park',
              id: c.id,
              label: `${c.estate_name} ${c.name}`,
              link: `/parking-report?carParkId=${c.id}&from=${day.date}&to=${day.date}`,
            },
            officeId: c.office_id,
          })),
        );
      }
    }
    return mergePages(parts, page);
  },
};

/**
 * The charged stays (due, collected or waived) under the scope that exited since the start of last month — the
 * months still being reconciled — whose charge is not what their standard gives (`offStandard`), oldest exit first.
 */
export async function offStandardStays(ctx: UseCase, scope: MonitorScope) {
  const tz = await tenantZone(ctx);
  const thisMonth = businessDate(ctx.clock.now(), tz).slice(0, 7);
  const [y, m] = thisMonth.split('-').map(Number) as [number, number];
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  const since = startOfBusinessDay(`${lastMonth}-01`, tz);
  const rows = await ctx.db
    .selectFrom('parking_stays as s')
    .innerJoin('org_nodes as o', (j) => j.onRef('o.tenant_id', '=', 's.tenant_id').onRef('o.id', '=', 's.office_id'))
    .innerJoin('car_parks as c', (j) => j.onRef('c.tenant_id', '=', 's.tenant_id').onRef('c.id', '=', 's.car_park_id'))
    .select(['s.id', 's.plate', 's.office_id', 's.standard_id', 's.charge_fen', 's.entered_at', 's.exited_at', 'c.name as car_park_name'])
    .where('s.tenant_id', '=', ctx.actor.tenantId)
    .where('s.state', 'in', ['due', 'collected', 'waived'])
    .where('s.exited_at', '>=', since)
    .where(pathWithin('o.path', [scope.path]))
    .orderBy('s.exited_at')
    .orderBy('s.id')
    .execute();
  const standards = new Map<string, Awaited<ReturnType<typeof standardById>>>();
  const out: {
    id: string;
    plate: string;
    officeId: string;
    carParkName: string;
    exitedAt: string;
    chargeFen: number | null;
    expectedFen: number | null;
  }[] = [];
  for (const r of rows) {
    if (r.standard_id && !standards.has(r.standard_id))
      standards.set(r.standard_id, await standardById(ctx.db, ctx.actor.tenantId, r.standard_id));
    const standard = r.standard_id ? standards.get(r.standard_id) : null;
    const chargeFen = r.charge_fen === null ? null : Number(r.charge_fen);
    const off = offStandard({ chargeFen, enteredAt: r.entered_at, exitedAt: r.exited_at }, standard?.rate ?? null, tz);
    if (off)
      out.push({
        id: r.id,
        plate: r.plate,
        officeId: r.office_id,
        carParkName: r.car_park_name,
        exitedAt: r.exited_at ?? '',
        chargeFen,
        expectedFen: off.expectedFen,
      });
  }
  return out;
}

const yuan = (fen: number | null) => (fen === null ? '—' : `¥${(fen / 100).toFixed(2)}`);

/** A2.4.1.2: a stay charged other than its standard's amount (`stayCharge`). */
export const chargeOffStandardMonitor: Monitor = {
  id: 'parking.charge_off_standard',
  clauseId: 'A2.4.1.2',
  title: { 'zh-CN': '临时停车收费与收费标准不符', en: 'Stays charged other than the standard' },
  responsibleRole: 'office_head',
  async count(ctx, scope) {
    return (await offStandardStays(ctx, scope)).length;
  },
  async list(ctx, scope, page) {
    return (await offStandardStays(ctx, scope)).slice(page.offset, page.offset + page.limit).map((s) => ({
      what: {
        key: 'breach.parkingChargeOffStandard',
        values: { plate: s.plate, carPark: s.carParkName, charged: yuan(s.chargeFen), expected: yuan(s.expectedFen) },
      },
      since: s.exitedAt,
      entity: { type: 'parking_stay', id: s.id, label: s.plate, link: `/gate/collect/${s.id}` },
      officeId: s.officeId,
    }));
  },
};

export const parkingMonitors = [gateSilentMonitor, chargeOffStandardMonitor];
