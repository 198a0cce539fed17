import { describe, expect, it } from 'vitest';
import { nextStep } from './next-step';
import type { OrderCommand, OrderState } from './order-model';
import { FLOW } from './use-order-dialogs';

const order = (state: OrderState, approval = false, approvedAt: string | null = null) => ({
  state,
  approvedAt,
  typeDef: { approvalBeforeDispatch: approval },
});
// every step the order page can offer, in the order its buttons are shown
const all: OrderCommand[] = [...FLOW];

describe('nextStep: the main button is the next step of the workflow', () => {
  it('after a quote it is 确认, not another quote', () => {
    expect(nextStep(order('quoted'), ['quote', 'confirm', 'cancel'])).toBe('confirm');
  });
  it('after dispatch it is the worker’s first step on site, not reassigning', () => {
    expect(nextStep(order('assigned'), ['assign', 'depart', 'arrive', 'start', 'cancel'])).toBe('depart');
    expect(nextStep(order('assigned'), ['assign', 'arrive', 'start', 'cancel'])).toBe('arrive');
    expect(nextStep(order('assigned'), ['assign', 'start', 'cancel'])).toBe('start');
  });
  it('an office clerk who cannot work on site has no main button while the job is out', () => {
    expect(nextStep(order('assigned'), ['assign', 'cancel'])).toBeNull();
    expect(nextStep(order('in_progress'), [])).toBeNull();
  });
  it('walks the whole flow for a caller who may do everything', () => {
    const walk: [OrderState, OrderCommand][] = [
      ['requested', 'quote'],
      ['quoted', 'confirm'],
      ['confirmed', 'assign'],
      ['assigned', 'depart'],
      ['in_progress', 'finish'],
      ['completed', 'accept'],
      ['rework', 'start'],
      ['accepted', 'pay'],
      ['paid', 'close'],
    ];
    for (const [state, step] of walk) expect(nextStep(order(state), all)).toBe(step);
    expect(nextStep(order('closed'), all)).toBeNull();
    expect(nextStep(order('cancelled'), all)).toBeNull();
  });
  it('a type that needs approval waits for it before dispatch, and only the approver gets the button', () => {
    expect(nextStep(order('confirmed', true), all)).toBe('approve');
    expect(nextStep(order('confirmed', true), ['assign', 'cancel'])).toBeNull();
    expect(nextStep(order('confirmed', true, '2026-12-01T01:00:00Z'), all)).toBe('assign');
    expect(nextStep(order('confirmed', false), all)).toBe('assign');
  });
  it('a free order (nothing to pay) is closed once signed', () => {
    expect(nextStep(order('accepted'), ['close', 'cancel'])).toBe('close');
  });
});
