import { DomainError } from './http/errors.js';
import { keptPer } from './kept.js';

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

/**
 * A record's machine: its table, the states a record is made in and the states it never leaves. `record`
 * names it in refusal codes: a command the table does not allow answers 409 `<record>.invalid_transition`.
 */
export interface Machine<S extends string, C extends string> {
  record: string;
  table: TransitionTable<S, C>;
  initial: readonly S[];
  terminal: readonly S[];
  /** Every code its guards may refuse with, besides `<record>.invalid_transition` (each needs its text in the web). */
  refusals: readonly string[];
}

/**
 * Why a command is refused — one shape for every machine. `conflict` (409) when the record's state does
 * not allow it (someone else moved it: reload); `unprocessable` (422) when a guard or the input is wrong.
 */
export interface Refusal {
  kind: 'conflict' | 'unprocessable';
  /** The stable problem+json code, `<record>.<why>`. */
  code: string;
  /** The input field the refusal is about, or several (`order.field_required`). */
  field?: string;
  fields?: readonly string[];
}

export type Decision<S extends string> = { next: S } | { refusal: Refusal };

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

const openByTable = keptPer<object, ReadonlySet<string>>();

/**
 * `commandsFrom` as a set, worked out once per table and state: a list page asks it for each of its rows (a new
 * array and set per order were a tenth of what the orders list allocated).
 */
export function openCommands<S extends string, C extends string>(table: TransitionTable<S, C>, state: S): ReadonlySet<C> {
  return openByTable(table, state, () => new Set(commandsFrom(table, state))) as ReadonlySet<C>;
}

/** Every state reachable from `initial` (one state or several) through the table. */
export function reachable<S extends string, C extends string>(table: TransitionTable<S, C>, initial: S | readonly S[]): Set<S> {
  const start: S[] = typeof initial === 'string' ? [initial] : [...initial];
  const seen = new Set<S>(start);
  const queue: S[] = [...start];
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

/** A refusal of the record's state: 409 `<record>.invalid_transition`. */
export const invalidTransition = (record: string): Refusal => ({ kind: 'conflict', code: `${record}.invalid_transition` });

/** A guard's refusal: 422 unless told otherwise, about `field` when given. */
export const refusal = (code: string, field?: string, kind: Refusal['kind'] = 'unprocessable'): Refusal =>
  field ? { kind, code, field } : { kind, code };

/**
 * Decides a command: the table first (409 `<record>.invalid_transition`), then the record's guard, which
 * answers the refusal or null. Pure, like the guard: everything it reads was loaded before.
 */
export function decide<S extends string, C extends string>(
  machine: Machine<S, C>,
  state: S,
  command: C,
  guard?: (next: S) => Refusal | null | undefined,
): Decision<S> {
  const next = nextState(machine.table, state, command);
  if (next === null) return { refusal: invalidTransition(machine.record) };
  const refused = guard?.(next);
  return refused ? { refusal: refused } : { next };
}

/** Whether a decision lets the command through (an ability: the button is shown). */
export const allowed = <S extends string>(d: Decision<S>): boolean => 'next' in d;

/** The one mapping of a refusal to problem+json: its kind's status, its code, and its fields as field errors. */
export function refusalError(r: Refusal, detail: string): DomainError {
  const fields = r.fields ?? (r.field ? [r.field] : []);
  return new DomainError(
    r.kind,
    r.code,
    detail,
    fields.map((field) => ({ field, code: r.code, message: r.code })),
  );
}

/** The next state of a decision, or the refusal thrown as problem+json (`detail` says what was tried). */
export function nextOrThrow<S extends string>(d: Decision<S>, detail: string): S {
  if ('refusal' in d) throw refusalError(d.refusal, `${detail}: ${d.refusal.code}`);
  return d.next;
}

/** Every code a machine may refuse with: its invalid transition first, then its guards'. */
export const refusalCodes = (machine: Pick<Machine<string, string>, 'record' | 'refusals'>): string[] => [
  invalidTransition(machine.record).code,
  ...machine.refusals,
];

/**
 * What is wrong with a machine's shape (empty lists when nothing): states no initial state reaches, terminal
 * states a command leaves (one may still record something there without moving), and other states no
 * command leaves (a record stuck for good without being done).
 */
export function machineFaults<S extends string, C extends string>(machine: Machine<S, C>, states: readonly S[]) {
  const seen = reachable(machine.table, machine.initial);
  const leaves = (s: S) => commandsFrom(machine.table, s).some((c) => (machine.table[c].to ?? s) !== s);
  return {
    unreachable: states.filter((s) => !seen.has(s)),
    terminalWithWayOut: machine.terminal.filter(leaves),
    stuck: states.filter((s) => !machine.terminal.includes(s) && !leaves(s)),
  };
}
