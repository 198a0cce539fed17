import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { decideFeedback, FEEDBACK_MACHINE } from './feedback.machine.js';
import { FEEDBACK_STATES } from './feedback.types.js';

const base = { state: 'received' as const, channel: 'hotline' as const, kind: 'complaint' as const, outcomeSatisfaction: null };
const code = (d: ReturnType<typeof decideFeedback>) => ('refusal' in d ? d.refusal.code : null);

describe('feedback machine', () => {
  it('reaches every state from received, and spam is the only way out that never comes back', () => {
    expect(machineFaults(FEEDBACK_MACHINE, FEEDBACK_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });

  it('walks received → replied → forwarded → resolved → told → closed → replied again', () => {
    expect(decideFeedback(base, 'reply')).toEqual({ next: 'replied' });
    expect(decideFeedback({ ...base, state: 'replied' }, 'forward')).toEqual({ next: 'forwarded' });
    expect(decideFeedback({ ...base, state: 'forwarded' }, 'forward')).toEqual({ next: 'forwarded' });
    expect(decideFeedback({ ...base, state: 'forwarded' }, 'answer')).toEqual({ next: 'forwarded' });
    expect(decideFeedback({ ...base, state: 'forwarded' }, 'resolve', { unansweredForwards: 0 })).toEqual({ next: 'resolved' });
    expect(decideFeedback({ ...base, state: 'replied' }, 'resolve')).toEqual({ next: 'resolved' });
    expect(decideFeedback({ ...base, state: 'resolved' }, 'tell')).toEqual({ next: 'told' });
    expect(decideFeedback({ ...base, state: 'told' }, 'close')).toEqual({ next: 'closed' });
    expect(decideFeedback({ ...base, state: 'closed', outcomeSatisfaction: 'dissatisfied' }, 'reopen')).toEqual({ next: 'replied' });
    expect(decideFeedback({ ...base, state: 'told', outcomeSatisfaction: 'neutral' }, 'reopen')).toEqual({ next: 'replied' });
  });

  it('refuses steps out of order with a conflict', () => {
    expect(code(decideFeedback(base, 'resolve'))).toBe('feedback.invalid_transition');
    expect(code(decideFeedback(base, 'forward'))).toBe('feedback.invalid_transition');
    expect(code(decideFeedback({ ...base, state: 'replied' }, 'reply'))).toBe('feedback.invalid_transition');
    expect(code(decideFeedback({ ...base, state: 'spam' }, 'reply'))).toBe('feedback.invalid_transition');
    expect(code(decideFeedback({ ...base, state: 'resolved' }, 'reopen'))).toBe('feedback.invalid_transition');
  });

  it('names every code its guards give', () => {
    const given = [
      decideFeedback({ ...base, state: 'forwarded' }, 'resolve', { unansweredForwards: 1 }),
      decideFeedback({ ...base, state: 'forwarded' }, 'answer', { forwardAnswered: true }),
      decideFeedback({ ...base, state: 'closed', outcomeSatisfaction: 'satisfied' }, 'reopen'),
      decideFeedback(base, 'mark_spam'),
      decideFeedback(base, 'mark_valuable'),
    ].map(code);
    expect(given).toEqual(FEEDBACK_MACHINE.refusals);
    expect(decideFeedback({ ...base, channel: 'web' }, 'mark_spam')).toEqual({ next: 'spam' });
    expect(decideFeedback({ ...base, kind: 'suggestion' }, 'mark_valuable')).toEqual({ next: 'received' });
  });
});
