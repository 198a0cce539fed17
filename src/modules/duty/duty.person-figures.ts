import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { dutyFiguresByPerson } from './duty.figures.js';

/** A1.5 in a person's year-end assessment (A1.6): days on duty, duty logs written, and days on duty left without one. */
export async function dutyPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const figures = await dutyFiguresByPerson(ctx, { userIds: [...q.userIds], from: q.from, to: q.to });
  const out = new Map<string, PersonFigure[]>();
  for (const [userId, f] of figures) {
    if (f.daysOnDuty === 0 && f.logsWritten === 0) continue;
    out.set(userId, [
      { key: 'duty.daysOnDuty', unit: 'count', value: f.daysOnDuty },
      { key: 'duty.logsWritten', unit: 'count', value: f.logsWritten, better: 'higher' },
      { key: 'duty.logsMissing', unit: 'count', value: f.logsMissing, better: 'lower' },
    ]);
  }
  return out;
}
