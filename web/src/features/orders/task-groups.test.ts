import { describe, expect, it } from 'vitest';
import { groupTasks, openCount } from './task-groups';

const none = {
  depart: false,
  arrive: false,
  start: false,
  record_materials: false,
  finish: false,
  accept: false,
  reject: false,
  pay: false,
};
const task = (id: string, appointmentStart: string | null, step: keyof typeof none | null = 'start') => ({
  id,
  appointmentStart,
  abilities: { ...none, ...(step ? { [step]: true } : {}) },
});
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('groupTasks: a worker’s phone list', () => {
  // 2026-12-01 in Shanghai runs from 2026-11-30T16:00Z to 2026-12-01T16:00Z.
  const tasks = [
    task('later-today', '2026-12-01T08:00:00Z'),
    task('early-today', '2026-11-30T23:30:00Z', 'depart'),
    task('yesterday', '2026-11-30T02:00:00Z', 'finish'),
    task('tomorrow', '2026-12-01T17:00:00Z'),
    task('no-time', null, 'accept'),
    task('waiting-cashier', '2026-12-01T01:00:00Z', null),
  ];
  const g = groupTasks(tasks, '2026-12-01', 'Asia/Shanghai');

  it('puts today first (by the organisation’s day, not UTC), then overdue, then upcoming, then unscheduled', () => {
    expect(ids(g.today)).toEqual(['early-today', 'later-today']);
    expect(ids(g.overdue)).toEqual(['yesterday']);
    expect(ids(g.upcoming)).toEqual(['tomorrow']);
    expect(ids(g.unscheduled)).toEqual(['no-time']);
  });
  it('keeps tasks with nothing left for me apart, and counts only the open ones', () => {
    expect(ids(g.waiting)).toEqual(['waiting-cashier']);
    expect(openCount(g)).toBe(5);
  });
});
