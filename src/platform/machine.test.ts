import { describe, expect, it } from 'vitest';
import { decide, type Machine, machineFaults, nextOrThrow, openCommands, refusal, refusalCodes, refusalError } from './machine.js';

type S = 'open' | 'shut' | 'lost' | 'limbo';
type C = 'shut' | 'reopen' | 'lose';
const door: Machine<S, C> = {
  record: 'door',
  table: { shut: { from: ['open'], to: 'shut' }, reopen: { from: ['shut'], to: 'open' }, lose: { from: ['open', 'shut'], to: 'lost' } },
  initial: ['open'],
  terminal: ['lost'],
  refusals: ['door.locked'],
};

describe('machines', () => {
  it('refuses a command the table does not allow with 409 <record>.invalid_transition', () => {
    expect(decide(door, 'lost', 'reopen')).toEqual({ refusal: { kind: 'conflict', code: 'door.invalid_transition' } });
    expect(decide(door, 'shut', 'reopen')).toEqual({ next: 'open' });
  });
  it('asks the guard only when the table allows the command', () => {
    const guard = () => refusal('door.locked', 'key');
    expect(decide(door, 'shut', 'reopen', guard)).toEqual({ refusal: { kind: 'unprocessable', code: 'door.locked', field: 'key' } });
    expect(decide(door, 'open', 'reopen', guard)).toEqual({ refusal: { kind: 'conflict', code: 'door.invalid_transition' } });
  });
  it('names the buttons open in each state, the same after the answer is kept', () => {
    for (let round = 0; round < 2; round++) {
      expect([...openCommands(door.table, 'open')]).toEqual(['shut', 'lose']);
      expect([...openCommands(door.table, 'shut')]).toEqual(['reopen', 'lose']);
      expect([...openCommands(door.table, 'lost')]).toEqual([]);
    }
  });
  it('maps a refusal to problem+json: its kind, its code, its fields', () => {
    const e = refusalError(refusal('door.locked', 'key'), 'cannot reopen');
    expect({ kind: e.kind, code: e.code, errors: e.errors }).toEqual({
      kind: 'unprocessable',
      code: 'door.locked',
      errors: [{ field: 'key', code: 'door.locked', message: 'door.locked' }],
    });
    expect(() => nextOrThrow(decide(door, 'lost', 'shut'), 'cannot shut')).toThrow(expect.objectContaining({ kind: 'conflict' }));
    expect(refusalCodes(door)).toEqual(['door.invalid_transition', 'door.locked']);
  });
  it('finds unreachable states, terminal states with a way out and states stuck for good', () => {
    expect(machineFaults(door, ['open', 'shut', 'lost'])).toEqual({ unreachable: [], terminalWithWayOut: [], stuck: [] });
    const bad: Machine<S, C> = { ...door, terminal: ['shut'] };
    expect(machineFaults(bad, ['open', 'shut', 'lost', 'limbo'])).toEqual({
      unreachable: ['limbo'],
      terminalWithWayOut: ['shut'],
      stuck: ['lost', 'limbo'],
    });
  });
});
