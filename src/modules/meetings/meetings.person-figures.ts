import type { UseCase } from '../../platform/context.js';
import type { PersonFigure, PersonFigureQuery } from '../../platform/modules.js';
import { meetingFiguresByPerson } from './meetings.figures.js';

/** A1.2 in a person's year-end assessment (A1.6): meetings attended of those held, action items overdue or done late. */
export async function meetingPersonFigures(ctx: UseCase, q: PersonFigureQuery): Promise<Map<string, PersonFigure[]>> {
  const figures = await meetingFiguresByPerson(ctx, { userIds: [...q.userIds], from: q.from, to: q.to });
  const out = new Map<string, PersonFigure[]>();
  for (const [userId, f] of figures) {
    if (f.meetingsHeld === 0 && f.actionItems === 0) continue;
    out.set(userId, [
      { key: 'meetings.held', unit: 'count', value: f.meetingsHeld },
      { key: 'meetings.attended', unit: 'count', value: f.attended, better: 'higher' },
      { key: 'meetings.actionItems', unit: 'count', value: f.actionItems },
      { key: 'meetings.actionItemsOverdue', unit: 'count', value: f.actionItemsOverdue, better: 'lower' },
      { key: 'meetings.actionItemsLate', unit: 'count', value: f.actionItemsLate, better: 'lower' },
    ]);
  }
  return out;
}
