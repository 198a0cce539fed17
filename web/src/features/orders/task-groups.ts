import { businessDate } from '../../app/ui/server-time';
import type { OrderCommand } from './order-model';

/** The steps done on site, in the order they come. */
export const ON_SITE: readonly OrderCommand[] = ['depart', 'arrive', 'start', 'record_materials', 'finish', 'accept', 'reject', 'pay'];

interface Task {
  appointmentStart: string | null;
  abilities: Partial<Record<OrderCommand, boolean>>;
}

export interface TaskGroups<T> {
  today: T[];
  overdue: T[];
  upcoming: T[];
  unscheduled: T[];
  /** On my list, but no step of theirs is left for me now (waiting for the office, the owner or the cashier). */
  waiting: T[];
}

/** Whether the task has a step on site left for this caller (the server's abilities say so). */
export const needsMe = (task: Pick<Task, 'abilities'>) => ON_SITE.some((c) => task.abilities[c]);

/**
 * A field worker's tasks, open ones first: today's appointments, then overdue ones (an appointment on an
 * earlier day), then upcoming ones, then those without an appointment; each group by appointment time.
 * `today` is the business date in the organisation's zone by the server's clock.
 */
export function groupTasks<T extends Task>(tasks: readonly T[], today: string, timeZone: string): TaskGroups<T> {
  const groups: TaskGroups<T> = { today: [], overdue: [], upcoming: [], unscheduled: [], waiting: [] };
  const byTime = [...tasks].sort((a, b) => (a.appointmentStart ?? '').localeCompare(b.appointmentStart ?? ''));
  for (const task of byTime) {
    if (!needsMe(task)) groups.waiting.push(task);
    else if (!task.appointmentStart) groups.unscheduled.push(task);
    else {
      const day = businessDate(new Date(task.appointmentStart), timeZone);
      (day === today ? groups.today : day < today ? groups.overdue : groups.upcoming).push(task);
    }
  }
  return groups;
}

/** How many tasks still need me: the page's count. */
export const openCount = (g: TaskGroups<unknown>) => g.today.length + g.overdue.length + g.upcoming.length + g.unscheduled.length;
