/**
 * A state machine as a typed transition table: each command names the states it may start from and
 * the state it leads to. Guards live in the module's own `decide`, which reads facts loaded before.
 */
export interface Transition<S extends string> {
  from: readonly S[];
  /** The next state; omitted for a command that records something without moving (e.g. "arrived"). */
  to?: S;
}

export type TransitionTable<S extends string, C extends string> = Record<C, Transition<S>>;

/** The state after `command`, or null when the command is not allowed from `state`. */
export function nextState<S extends string, C extends string>(table: TransitionTable<S, C>, state: S, command: C): S | null {
  const t = table[command];
  if (!t.from.includes(state)) return null;
  return t.to ?? state;
}

/** Commands allowed from a state (for abilities: which buttons to show). */
export function commandsFrom<S extends string, C extends string>(table: TransitionTable<S, C>, state: S): C[] {
  return (Object.keys(table) as C[]).filter((c) => table[c].from.includes(state));
}

/** Every state reachable from `initial` through the table. */
export function reachable<S extends string, C extends string>(table: TransitionTable<S, C>, initial: S): Set<S> {
  const seen = new Set<S>([initial]);
  const queue: S[] = [initial];
  while (queue.length) {
    const s = queue.shift()!;
    for (const c of commandsFrom(table, s)) {
      const next = table[c].to ?? s;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
