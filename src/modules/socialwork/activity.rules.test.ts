import { describe, expect, it } from 'vitest';
import { briefDue, briefLate, briefOverdue, briefStatus, planWritten } from './activity.rules.js';

describe('brief deadline (A3.4)', () => {
  it('is due the given number of days after the activity, across a month end', () => {
    expect(briefDue('2026-11-29', 2)).toBe('2026-12-01');
    expect(briefDue('2026-12-31', 2)).toBe('2027-01-02');
    expect(briefDue('2026-12-01', 5)).toBe('2026-12-06');
  });

  it('is late only when written after the due day', () => {
    expect(briefLate('2026-12-03', '2026-12-03')).toBe(false);
    expect(briefLate('2026-12-04', '2026-12-03')).toBe(true);
  });

  it('is overdue when missing after the due day, never on it or once written', () => {
    expect(briefOverdue('2026-12-03', '2026-12-03', false)).toBe(false);
    expect(briefOverdue('2026-12-04', '2026-12-03', false)).toBe(true);
    expect(briefOverdue('2026-12-09', '2026-12-03', true)).toBe(false);
  });

  it('gives the status the list shows', () => {
    const today = '2026-12-04';
    expect(briefStatus({ heldOn: null, briefOn: null }, today, 2)).toBe('none');
    expect(briefStatus({ heldOn: '2026-12-02', briefOn: null }, today, 2)).toBe('due');
    expect(briefStatus({ heldOn: '2026-12-01', briefOn: null }, today, 2)).toBe('overdue');
    expect(briefStatus({ heldOn: '2026-12-01', briefOn: '2026-12-03' }, today, 2)).toBe('onTime');
    expect(briefStatus({ heldOn: '2026-12-01', briefOn: '2026-12-04' }, today, 2)).toBe('late');
    expect(briefStatus({ heldOn: '2026-12-01', briefOn: '2026-12-04' }, today, 3)).toBe('onTime');
  });
});

describe('activity plan', () => {
  it('is written only with goals, content and staffing', () => {
    expect(planWritten({ goals: '认识邻里', content: '破冰游戏', staffing: '胡社工' })).toBe(true);
    expect(planWritten({ goals: ' ', content: '破冰游戏', staffing: '胡社工' })).toBe(false);
    expect(planWritten({ goals: '认识邻里', content: '', staffing: '胡社工' })).toBe(false);
  });
});
