import { PNG } from 'pngjs';
import type { UseCase } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { tenantZone } from '../../platform/tenancy.js';
import { businessDate } from '../../platform/time.js';
import { actAs } from '../../seed/act-as.js';
import type { CleaningArea, InspectionLevel } from './cleaning.types.js';
import { getInspection, recordResults, startSpotCheck } from './cleaning-inspection.service.js';
import { fixRectification, recheckRectification } from './cleaning-rectification.service.js';

/** A small generated photo (a grey floor with a darker stain), standing in for a phone's picture. */
function demoPhoto(seed: number): string {
  const png = new PNG({ width: 64, height: 48 });
  for (let y = 0; y < 48; y++)
    for (let x = 0; x < 64; x++) {
      const i = (y * 64 + x) * 4;
      const stain = (x - 20 - seed * 8) ** 2 + (y - 24) ** 2 < 120;
      const v = stain ? 70 : 170 + ((x * 7 + y * 3 + seed) % 30);
      png.data[i] = v;
      png.data[i + 1] = v;
      png.data[i + 2] = v - 10;
      png.data[i + 3] = 255;
    }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

type Detail = Awaited<ReturnType<typeof getInspection>>;

/**
 * Demo inspections at 翠竹园 (A6.2, A6.3), acting as the real users on the inspections the plans demo planned:
 * 孙秀英's self-check of the bins all passed; 刘洋's supervisor check of the garage with the smell check failed
 * (rectification open for 孙秀英); 刘洋's check of the ground with one failure 孙秀英 fixed and 刘洋 re-checked
 * passed. The supervisor's check of the roads stays planned. Without planned rows (no plans yet) each is a spot
 * check (the self-check one made for 孙秀英). Skipped when the tenant has a recorded inspection.
 */
export async function seedInspections(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const recorded = await ctx.db.selectFrom('cleaning_inspections').select('id').where('tenant_id', '=', t).where('state', '=', 'done');
  if (await recorded.limit(1).executeTakeFirst()) return 0;
  const estate = await ctx.db
    .selectFrom('estates')
    .select(['id', 'office_id'])
    .where('tenant_id', '=', t)
    .where('name', '=', '翠竹园')
    .executeTakeFirst();
  if (!estate) return 0;
  const sunxy = await actAs(ctx, 'sunxy');
  const liuyang = await actAs(ctx, 'liuyang');
  const cleanerId = sunxy.actor.userId!;

  /** The planned inspection of the level and area, or one made for today when nothing planned it. */
  const planned = async (level: InspectionLevel, area: CleaningArea, by: UseCase): Promise<Detail> => {
    const row = await ctx.db
      .selectFrom('cleaning_inspections')
      .select('id')
      .where('tenant_id', '=', t)
      .where('estate_id', '=', estate.id)
      .where('level', '=', level)
      .where('area', '=', area)
      .where('state', '=', 'planned')
      .orderBy('period_end', 'desc')
      .executeTakeFirst();
    if (row) return getInspection(by, row.id);
    if (level !== 'self') return startSpotCheck(by, { estateId: estate.id, area, level, cleanerId });
    // a self-check is no spot check: planned for 孙秀英 as her plan would
    const id = newId();
    const day = businessDate(ctx.clock.now(), await tenantZone(ctx));
    await ctx.db
      .insertInto('cleaning_inspections')
      .values({
        tenant_id: t,
        id,
        plan_id: null,
        estate_id: estate.id,
        office_id: estate.office_id,
        level,
        area,
        period_start: day,
        period_end: day,
        inspector_id: cleanerId,
        cleaner_id: cleanerId,
        state: 'planned',
        done_at: null,
        done_date: null,
        done_by: null,
        passed_count: 0,
        failed_count: 0,
        created_at: ctx.clock.now().toISOString(),
        version: 1,
      })
      .execute();
    return getInspection(by, id);
  };
  /** Every check passed (a numeric one at 0), but the checks named in `failing` with their note. */
  const walk = (i: Detail, by: UseCase, failing: Record<string, string> = {}) =>
    recordResults(
      by,
      i.id,
      {
        version: i.version,
        results: i.checklist.map((c, n) => {
          const note = failing[c.checkKey];
          if (note === undefined) return c.thresholdMax === null ? { standardId: c.id, passed: true } : { standardId: c.id, value: 0 };
          const failed = c.thresholdMax === null ? { passed: false } : { value: c.thresholdMax + 3 };
          return { standardId: c.id, ...failed, note, photos: [demoPhoto(n)] };
        }),
      },
      undefined,
    );
  const firstFailing = (i: Detail, method?: string) => (i.checklist.find((c) => !method || c.method === method) ?? i.checklist[0])!;

  await walk(await planned('self', 'bins', sunxy), sunxy);
  const garage = await planned('supervisor', 'garage', liuyang);
  await walk(garage, liuyang, { [firstFailing(garage, 'smell').checkKey]: '车库B区有异味' });
  const ground = await planned('supervisor', 'ground', liuyang);
  const groundDone = await walk(ground, liuyang, { [firstFailing(ground).checkKey]: '东门地面有纸屑和烟头' });
  const rectificationId = groundDone.results.find((r) => r.rectificationId)?.rectificationId;
  if (rectificationId) {
    const fixed = await fixRectification(sunxy, rectificationId, { version: 1, note: '已清扫干净', photo: demoPhoto(5) });
    await recheckRectification(liuyang, rectificationId, { version: fixed.version, passed: true, note: '复查合格' });
  }
  await planned('supervisor', 'roads', liuyang);
  return 3;
}
