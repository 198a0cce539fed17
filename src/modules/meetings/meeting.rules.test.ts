import { describe, expect, it } from 'vitest';
import {
  actionDoneLate,
  actionOverdue,
  actionsProblem,
  addDays,
  attendanceProblem,
  intervalExceeded,
  nextDueOn,
  scheduledLate,
} from './meeting.rules.js';

describe('the meeting interval (A1.2)', () => {
  it('is due the interval after the last meeting held, across a month end', () => {
    expect(nextDueOn('2027-01-25', 15)).toBe('2027-02-09');
    expect(nextDueOn(null, 15)).toBeNull();
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it('is exceeded only after the due day, and never for a node that has held no meeting', () => {
    expect(intervalExceeded('2027-01-01', 15, '2027-01-16')).toBe(false);
    expect(intervalExceeded('2027-01-01', 15, '2027-01-17')).toBe(true);
    expect(intervalExceeded(null, 15, '2027-06-01')).toBe(false);
  });

  it('warns of a meeting scheduled after the due day', () => {
    expect(scheduledLate('2027-01-16', '2027-01-16')).toBe(false);
    expect(scheduledLate('2027-01-17', '2027-01-16')).toBe(true);
    expect(scheduledLate('2027-05-01', null)).toBe(false);
  });
});

describe('action items', () => {
  it('are overdue when open after their due day, and late when done after it', () => {
    expect(actionOverdue({ state: 'open', dueOn: '2027-01-10' }, '2027-01-10')).toBe(false);
    expect(actionOverdue({ state: 'open', dueOn: '2027-01-10' }, '2027-01-11')).toBe(true);
    expect(actionOverdue({ state: 'done', dueOn: '2027-01-10', doneOn: '2027-01-12' }, '2027-01-20')).toBe(false);
    expect(actionDoneLate({ state: 'done', dueOn: '2027-01-10', doneOn: '2027-01-10' })).toBe(false);
    expect(actionDoneLate({ state: 'done', dueOn: '2027-01-10', doneOn: '2027-01-11' })).toBe(true);
    expect(actionDoneLate({ state: 'open', dueOn: '2027-01-10' })).toBe(false);
  });

  it('are owned by the staff and due no earlier than the meeting', () => {
    expect(actionsProblem(['a'], '2027-01-10', [{ ownerId: 'a', dueOn: '2027-01-10' }])).toBeNull();
    expect(actionsProblem(['a'], '2027-01-10', [{ ownerId: 'b', dueOn: '2027-01-20' }])?.field).toBe('actions.0.ownerId');
    expect(
      actionsProblem(['a'], '2027-01-10', [
        { ownerId: 'a', dueOn: '2027-01-20' },
        { ownerId: 'a', dueOn: '2027-01-09' },
      ]),
    ).toMatchObject({
      code: 'meetings.due_before_meeting',
      field: 'actions.1.dueOn',
    });
  });
});

describe('attendance of the minutes', () => {
  const staff = ['a', 'b', 'c'];
  it('lists every member of the staff once, the absent with a reason', () => {
    const ok = [
      { userId: 'a', present: true },
      { userId: 'b', present: true },
      { userId: 'c', present: false, absenceReason: '病假' },
    ];
    expect(attendanceProblem(staff, ok)).toBeNull();
    expect(attendanceProblem(staff, [...ok.slice(0, 2), { userId: 'c', present: false, absenceReason: ' ' }])).toMatchObject({
      code: 'meetings.absence_reason_required',
      field: 'attendees.2.absenceReason',
    });
    expect(attendanceProblem(staff, ok.slice(0, 2))?.code).toBe('meetings.attendee_missing');
    expect(attendanceProblem(staff, [...ok, { userId: 'x', present: true }])?.field).toBe('attendees.3.userId');
    expect(attendanceProblem(staff, [...ok, { userId: 'a', present: true }])?.code).toBe('meetings.attendee_repeated');
    expect(
      attendanceProblem(
        staff,
        staff.map((userId) => ({ userId, present: false, absenceReason: '外出' })),
      )?.code,
    ).toBe('meetings.nobody_present');
  });
});
