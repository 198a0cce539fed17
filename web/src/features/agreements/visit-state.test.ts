import { describe, expect, it } from 'vitest';
import { visitShownState } from './visit-state';

describe('a visit as the office sees it', () => {
  it('is done once its order is accepted, and cancelled when its order was cancelled on the order page', () => {
    expect(visitShownState({ state: 'planned', orderState: 'confirmed' })).toBe('planned');
    expect(visitShownState({ state: 'planned', orderState: 'accepted' })).toBe('done');
    expect(visitShownState({ state: 'moved', orderState: 'closed' })).toBe('done');
    expect(visitShownState({ state: 'planned', orderState: 'cancelled' })).toBe('cancelled');
    expect(visitShownState({ state: 'skipped', orderState: 'cancelled' })).toBe('skipped');
  });
});
