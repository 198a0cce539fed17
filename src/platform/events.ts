import type { Tx } from './context.js';

/**
 * What one module tells the others inside a transaction, so a module that must react to another's change
 * subscribes to it instead of being imported by it (issue 9: no module cycles). Each module adds the events
 * it publishes to this interface by declaration merging, next to where it publishes them.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the modules' declaration merging
export interface DomainEvents {}

export type EventType = keyof DomainEvents;

/** Runs inside the publisher's transaction: what it writes commits or rolls back with the publisher's change. */
export type EventHandler<K extends EventType = EventType> = (tx: Tx, event: DomainEvents[K]) => Promise<void>;

export type Subscriptions = { [K in EventType]?: EventHandler<K> };

/** Tells every subscribed module, in module-list order, inside the caller's transaction; a refusal rolls it all back. */
export async function publish<K extends EventType>(tx: Tx, type: K, event: DomainEvents[K]): Promise<void> {
  for (const handler of tx.modules.subscribers(type)) await handler(tx, event);
}
