import { decide, type Machine, refusal } from '../../platform/machine.js';
import { failureEvidence } from './cleaning.rules.js';
import type { RectificationState } from './cleaning.types.js';

export type RectificationCommand = 'fix' | 'pass' | 'fail';

/**
 * One round of fixing a failed check (A6.3): open for the cleaner → done with an after-photo → re-checked by the
 * inspector, passed (the end) or failed (the end of this round; the service opens the next one).
 */
export const RECTIFICATION_MACHINE: Machine<RectificationState, RectificationCommand> = {
  record: 'cleaning_rectification',
  table: {
    fix: { from: ['open'], to: 'done' },
    pass: { from: ['done'], to: 'passed' },
    fail: { from: ['done'], to: 'failed' },
  },
  initial: ['open'],
  terminal: ['passed', 'failed'],
  refusals: ['cleaning.photo_required', 'cleaning.note_required'],
};

/** What the request brought: the photos taken and the note written. */
export interface RectificationFacts {
  photos?: number;
  note?: string | undefined;
}

export function decideRectification(r: { state: RectificationState }, command: RectificationCommand, facts: RectificationFacts = {}) {
  return decide(RECTIFICATION_MACHINE, r.state, command, () => {
    if (command === 'fix' && (facts.photos ?? 0) < 1) return refusal('cleaning.photo_required', 'photo');
    if (command === 'fail') {
      const missing = failureEvidence({ photos: facts.photos ?? 0, note: facts.note });
      if (missing) return refusal(missing, missing === 'cleaning.photo_required' ? 'photo' : 'note');
    }
    return null;
  });
}
