import type { Visit } from './agreement-model';

const DONE = ['accepted', 'paid', 'closed'];

/**
 * A visit as the office sees it: a planned (or moved) visit whose order the owner has accepted is done,
 * and one whose order was cancelled on the order page is cancelled, whatever the plan said.
 */
export function visitShownState(v: Pick<Visit, 'state' | 'orderState'>): Visit['state'] | 'done' {
  if (v.state !== 'planned' && v.state !== 'moved') return v.state;
  if (v.orderState && DONE.includes(v.orderState)) return 'done';
  return v.orderState === 'cancelled' ? 'cancelled' : v.state;
}
