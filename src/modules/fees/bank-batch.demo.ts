import { AdjustableClock } from '../../platform/clock.js';
import type { UseCase } from '../../platform/context.js';
import { DomainError } from '../../platform/http/errors.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate, startOfBusinessDay } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import { exportRows } from './bank-batch.file.js';
import { RESULT_FAILED, RESULT_PAID, RETURN_COLUMNS, toCsv } from './bank-batch.rules.js';
import { createBatch, importReturn } from './bank-batch.service.js';
import * as linesRepo from './bank-batch-lines.repo.js';
import { createMandate } from './mandate.service.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const BANKS = ['中国工商银行', '中国建设银行', '招商银行', '中国农业银行'];
const REASONS = ['余额不足', '账户已冻结'];

const prevPeriod = (p: string) => {
  const [y, m] = p.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

/** The return file a bank would send for a batch: every line 成功 except those given a reason. */
function returnFile(exported: string[][], failures: Map<number, string>): Buffer {
  const rows = exported.slice(1).map((r) => {
    const reason = failures.get(Number(r[1]));
    return [r[0]!, r[1]!, r[2]!, r[5]!, reason ? RESULT_FAILED : RESULT_PAID, reason ?? ''];
  });
  return toCsv([[...RETURN_COLUMNS], ...rows]);
}

/**
 * Demo bank collection: mandates for about one unit in six of each estate (~15%), signed with the estate's cashier;
 * for each of the past months a batch exported mid-month and returned a few days later with one or two failures
 * (余额不足, 账户已冻结); last month's batch exported three days ago and awaiting its return file. Only bills the
 * desk demo left open are batched; without bills (the bills part not there) it makes the mandates only.
 * Does nothing when the tenant has mandates already.
 */
export async function seedBankCollection(ctx: UseCase): Promise<number> {
  // seeded already (`seed --demo` again on a demo database): nothing to add
  if (await ctx.db.selectFrom('bank_mandates').select('id').where('tenant_id', '=', ctx.actor.tenantId).limit(1).executeTakeFirst())
    return 0;
  const zone = await tenantZone(ctx);
  const now = ctx.clock.now();
  const current = businessDate(now, zone).slice(0, 7);
  const months: string[] = [];
  for (let p = prevPeriod(current), i = 0; i < 6; i++, p = prevPeriod(p)) months.unshift(p);
  const at = (period: string, day: number, hour: number) =>
    new Date(Date.parse(startOfBusinessDay(`${period}-${String(day).padStart(2, '0')}`, zone)) + hour * HOUR);
  let made = 0;
  for (const [estateName, cashier] of [
    ['翠竹园', 'chenjing'],
    ['金色家园', 'huangli'],
  ] as const) {
    const estate = await ctx.db
      .selectFrom('estates')
      .select(['id'])
      .where('tenant_id', '=', ctx.actor.tenantId)
      .where('name', '=', estateName)
      .executeTakeFirst();
    if (!estate) continue;
    const clock = new AdjustableClock(ctx.clock);
    const as = { ...(await actAs(ctx, cashier)), clock };
    const units = await ctx.db
      .selectFrom('estate_units as u')
      .innerJoin('estate_buildings as b', (j) => j.onRef('b.tenant_id', '=', 'u.tenant_id').onRef('b.id', '=', 'u.building_id'))
      .leftJoin('estate_residents as r', (j) =>
        j.onRef('r.tenant_id', '=', 'u.tenant_id').onRef('r.unit_id', '=', 'u.id').on('r.role', '=', 'owner').on('r.active', '=', 1),
      )
      .select(['u.id', 'r.name'])
      .where('u.tenant_id', '=', ctx.actor.tenantId)
      .where('u.estate_id', '=', estate.id)
      .where('u.active', '=', 1)
      .orderBy('b.name')
      .orderBy('u.entrance')
      .orderBy('u.room')
      .execute();
    const seen = new Set<string>();
    const picked = units.filter((u, i) => i % 6 === 3 && u.name && !seen.has(u.id) && seen.add(u.id));
    clock.set(at(months[0]!, 2, 10));
    for (const [i, u] of picked.entries()) {
      const account = `6${String(2220_0000_0000_0000_00n + BigInt(i) * 7_919_131n + BigInt(estateName.length) * 1_000_003n)}`;
      await createMandate(as, {
        unitId: u.id,
        mandateNo: `TSXY-${estateName === '翠竹园' ? 'CZY' : 'JSJY'}-${String(i + 1).padStart(4, '0')}`,
        bankName: BANKS[i % BANKS.length]!,
        accountHolder: u.name!,
        accountNo: account.slice(0, 19),
        signedDate: `20${String(20 + (i % 6)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      });
      made++;
    }
    for (const [k, period] of months.entries()) {
      const last = k === months.length - 1;
      clock.set(last ? new Date(now.getTime() - 3 * DAY) : at(period, 15, 10));
      let batch: Awaited<ReturnType<typeof createBatch>>;
      try {
        batch = await createBatch(as, { estateId: estate.id, period });
      } catch (e) {
        if (e instanceof DomainError && e.code === 'bank_batch.empty') continue;
        throw e;
      }
      made++;
      if (last) continue;
      const lines = await linesRepo.batchLines(ctx.db, ctx.actor.tenantId, batch.id);
      const failures = new Map<number, string>([[Math.min(2, lines.length), REASONS[k % 2]!]]);
      if (lines.length > 4) failures.set(lines.length - 1, REASONS[(k + 1) % 2]!);
      clock.set(at(period, 20, 15));
      await importReturn(as, batch.id, { file: returnFile(exportRows(batch, lines), failures), format: 'csv' });
    }
  }
  return made;
}
