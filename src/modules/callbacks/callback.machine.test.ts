import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { CALLBACK_MACHINE, decideCallback, decideFollowUp, FOLLOW_UP_MACHINE } from './callback.machine.js';
import { CALLBACK_STATES, FOLLOW_UP_STATES } from './callback.types.js';

const fine = { unreachable: [], terminalWithWayOut: [], stuck: [] };
const toDo = { state: 'to_do' as const, reached: null, satisfaction: null };
const notReached = { state: 'done' as const, reached: false, satisfaction: null };
const unhappy = { state: 'done' as const, reached: true, satisfaction: 'dissatisfied' as const };
const code = (d: ReturnType<typeof decideCallback>) => ('refusal' in d ? d.refusal.code : null);

describe('callback machine', () => {
  it('is done once recorded, and never to do again', () => {
    expect(machineFaults(CALLBACK_MACHINE, CALLBACK_STATES)).toEqual(fine);
  });
  it('records again only a call that did not reach the owner', () => {
    const answer = { reached: true, satisfaction: 'satisfied' as const };
    expect(decideCallback(toDo, 'record', { input: answer })).toEqual({ next: 'done' });
    expect(decideCallback(notReached, 'record', { input: answer })).toEqual({ next: 'done' });
    expect(decideCallback(unhappy, 'record', { input: answer })).toEqual({
      refusal: { kind: 'conflict', code: 'callback.already_recorded' },
    });
  });
  it('takes a verdict exactly when the owner was reached', () => {
    expect(decideCallback(toDo, 'record', { input: { reached: true, satisfaction: null } })).toEqual({
      refusal: { kind: 'unprocessable', code: 'callback.satisfaction_required', field: 'satisfaction' },
    });
    expect(code(decideCallback(toDo, 'record', { input: { reached: false, satisfaction: 'satisfied' } }))).toBe('callback.not_reached');
    expect(decideCallback(toDo, 'record', { input: { reached: false, satisfaction: null } })).toEqual({ next: 'done' });
  });
  it('opens one follow-up, from a dissatisfied callback only', () => {
    expect(decideCallback(unhappy, 'open_follow_up', { hasFollowUp: false })).toEqual({ next: 'done' });
    expect(code(decideCallback(unhappy, 'open_follow_up', { hasFollowUp: true }))).toBe('callback.follow_up_exists');
    expect(code(decideCallback({ ...unhappy, satisfaction: 'satisfied' }, 'open_follow_up'))).toBe('callback.not_dissatisfied');
    expect(code(decideCallback(toDo, 'open_follow_up'))).toBe('callback.invalid_transition');
  });
  it('names every code its guards give', () => {
    const given = [
      decideCallback(unhappy, 'record'),
      decideCallback(toDo, 'record', { input: { reached: true, satisfaction: null } }),
      decideCallback(toDo, 'record', { input: { reached: false, satisfaction: 'satisfied' } }),
      decideCallback({ ...unhappy, satisfaction: 'satisfied' }, 'open_follow_up'),
      decideCallback(unhappy, 'open_follow_up', { hasFollowUp: true }),
    ].map(code);
    expect(given).toEqual(CALLBACK_MACHINE.refusals);
  });
});

describe('complaint follow-up machine', () => {
  it('is closed once, and only with its complaint when it has one', () => {
    expect(machineFaults(FOLLOW_UP_MACHINE, FOLLOW_UP_STATES)).toEqual(fine);
    expect(decideFollowUp('open', 'close')).toEqual({ next: 'closed' });
    expect(decideFollowUp('closed', 'close')).toEqual({ refusal: { kind: 'conflict', code: 'follow_up.invalid_transition' } });
    expect(decideFollowUp('open', 'close', { hasComplaint: true })).toEqual({
      refusal: { kind: 'unprocessable', code: 'callback.follow_up_is_complaint' },
    });
    expect(decideFollowUp('open', 'complaint_closed', { hasComplaint: true })).toEqual({ next: 'closed' });
    expect(decideFollowUp('closed', 'complaint_reopened', { hasComplaint: true })).toEqual({ next: 'open' });
    expect(decideFollowUp('open', 'complaint_reopened')).toEqual({ refusal: { kind: 'conflict', code: 'follow_up.invalid_transition' } });
  });
});
