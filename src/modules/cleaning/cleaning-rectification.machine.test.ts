import { describe, expect, it } from 'vitest';
import { machineFaults } from '../../platform/machine.js';
import { RECTIFICATION_STATES } from './cleaning.types.js';
import { decideRectification, RECTIFICATION_MACHINE } from './cleaning-rectification.machine.js';

const code = (d: ReturnType<typeof decideRectification>) => ('refusal' in d ? d.refusal.code : null);
const field = (d: ReturnType<typeof decideRectification>) => ('refusal' in d ? d.refusal.field : null);

describe('rectification machine', () => {
  it('reaches every state from open, and a re-checked round is over', () => {
    expect(machineFaults(RECTIFICATION_MACHINE, RECTIFICATION_STATES)).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
  });

  it('walks open → done (after-photo) → passed or failed', () => {
    expect(decideRectification({ state: 'open' }, 'fix', { photos: 1 })).toEqual({ next: 'done' });
    expect(decideRectification({ state: 'done' }, 'pass')).toEqual({ next: 'passed' });
    expect(decideRectification({ state: 'done' }, 'fail', { photos: 1, note: '仍有烟头' })).toEqual({ next: 'failed' });
  });

  it('refuses steps out of order with a conflict', () => {
    expect(code(decideRectification({ state: 'open' }, 'pass'))).toBe('cleaning_rectification.invalid_transition');
    expect(code(decideRectification({ state: 'done' }, 'fix', { photos: 1 }))).toBe('cleaning_rectification.invalid_transition');
    expect(code(decideRectification({ state: 'passed' }, 'fail', { photos: 1, note: 'x' }))).toBe(
      'cleaning_rectification.invalid_transition',
    );
    expect(code(decideRectification({ state: 'failed' }, 'fix', { photos: 1 }))).toBe('cleaning_rectification.invalid_transition');
  });

  it('needs the after-photo to fix, and a photo and a note to fail again', () => {
    const given = [decideRectification({ state: 'open' }, 'fix'), decideRectification({ state: 'done' }, 'fail', { photos: 1, note: ' ' })];
    expect(given.map(code)).toEqual(RECTIFICATION_MACHINE.refusals);
    expect(given.map(field)).toEqual(['photo', 'note']);
    expect(field(decideRectification({ state: 'done' }, 'fail', { note: '仍脏' }))).toBe('photo');
  });
});
