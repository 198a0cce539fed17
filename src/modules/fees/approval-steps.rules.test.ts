import { describe, expect, it } from 'vitest';
import { type ApprovalEvent, approvalSteps } from './approval-steps.rules.js';

const event = (action: string, actorName: string, at: string, before: unknown = null, after: unknown = null): ApprovalEvent => ({
  action,
  actorName,
  at,
  before,
  after,
});

describe('a standard’s approval record', () => {
  it('keeps every round: the first submission, the return with its reason, the resubmission, the approval', () => {
    const steps = approvalSteps('fee_standard', [
      event('fee_standard.create', '王芳', '2026-11-02T01:00:00Z'),
      event('fee_standard.submit', '王芳', '2026-11-02T02:00:00Z', { state: 'draft' }),
      event('fee_standard.return', '李业务', '2026-11-03T02:00:00Z', { state: 'submitted' }, { returnReason: '请附业主大会决议' }),
      event('fee_standard.edit', '王芳', '2026-11-04T01:00:00Z', { state: 'returned' }),
      event('fee_standard.submit', '王芳', '2026-11-04T02:00:00Z', { state: 'returned' }),
      event('fee_standard.review', '李业务', '2026-11-05T02:00:00Z', { state: 'submitted' }),
      event('fee_standard.return', '张建国', '2026-11-06T02:00:00Z', { state: 'reviewed' }, { returnReason: '涨幅请分两年执行' }),
      event('fee_standard.submit', '王芳', '2026-11-07T02:00:00Z', { state: 'returned' }),
      event('fee_standard.review', '李业务', '2026-11-08T02:00:00Z', { state: 'submitted' }),
      event('fee_standard.approve', '张建国', '2026-11-09T02:00:00Z', { state: 'reviewed' }),
    ]);
    expect(steps.map((s) => `${s.kind}:${s.byName}${s.reason ? `:${s.stage}:${s.reason}` : ''}`)).toEqual([
      'created:王芳',
      'submitted:王芳',
      'returned:李业务:review:请附业主大会决议',
      'resubmitted:王芳',
      'reviewed:李业务',
      'returned:张建国:approval:涨幅请分两年执行',
      'resubmitted:王芳',
      'reviewed:李业务',
      'approved:张建国',
    ]);
    expect(steps[2]).toMatchObject({ at: '2026-11-03T02:00:00Z', stage: 'review' });
    expect(steps[1]).toMatchObject({ reason: null, stage: null });
  });

  it('reads only the record’s own steps: not its edits, nor another record’s events', () => {
    const steps = approvalSteps('parking_standard', [
      event('parking_standard.create', '王芳', '2026-11-02T01:00:00Z'),
      event('parking_standard.edit', '王芳', '2026-11-02T01:30:00Z', { state: 'draft' }),
      event('fee_standard.submit', '王芳', '2026-11-02T02:00:00Z'),
      event('parking_standard.submit', '王芳', '2026-11-02T03:00:00Z', { state: 'draft' }),
    ]);
    expect(steps.map((s) => s.kind)).toEqual(['created', 'submitted']);
  });
});
