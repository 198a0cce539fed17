import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { trainingHoursByPerson } from './training.figures.js';

const minutes = (hours: number) => Math.round(hours * 60);

/** A1.1 in a person's year-end assessment (A1.6): sessions attended and hours, at the station and on outside courses. */
export async function trainingPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const figures = await trainingHoursByPerson(ctx, { userIds: [...q.userIds], from: q.from, to: q.to });
  const out = new Map<string, PersonFigure[]>();
  for (const [userId, f] of figures) {
    if (f.sessions === 0 && f.outsideHours === 0) continue;
    out.set(userId, [
      { key: 'training.sessions', unit: 'count', value: f.sessions },
      { key: 'training.hours', unit: 'minutes', value: minutes(f.sessionHours + f.outsideHours), better: 'higher' },
      { key: 'training.outsideHours', unit: 'minutes', value: minutes(f.outsideHours) },
    ]);
  }
  return out;
}
