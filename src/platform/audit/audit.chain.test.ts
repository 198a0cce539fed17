import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type ChainedEvent, ChainVerifier, eventHash, GENESIS_HASH } from './audit.chain.js';

/** n events; the first `older` were written before the real time was kept (both fields null). */
function chain(n: number, older = 0) {
  const events: (ChainedEvent & { prevHash: string; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e: ChainedEvent = {
      tenantId: 't',
      seq,
      id: `e${seq}`,
      at: `2026-11-27T00:00:0${seq}.000Z`,
      actorId: 'u',
      actorName: '王芳',
      action: 'user.create',
      entity: 'user',
      entityId: `x${seq}`,
      beforeJson: null,
      afterJson: JSON.stringify({ n: seq }),
      requestId: null,
      recordedAt: seq <= older ? null : `2026-12-01T08:00:0${seq}.000Z`,
      clockMoved: seq <= older ? null : seq % 2 === 0,
    };
    const hash = eventHash(prev, e);
    events.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return events;
}

function verify(events: ReturnType<typeof chain>) {
  const v = new ChainVerifier();
  for (const e of events) {
    const broken = v.next(e);
    if (broken) return broken;
  }
  return null;
}

describe('audit hash chain', () => {
  it('accepts an untouched chain', () => {
    expect(verify(chain(5))).toBeNull();
  });
  it('names the edited event when a stored field changes', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, afterJson: JSON.stringify({ n: 999 }) };
    expect(verify(events)).toEqual({ seq: 3, id: 'e3', reason: 'hash_mismatch' });
  });
  it('notices a deleted event', () => {
    const events = chain(5);
    events.splice(1, 1);
    expect(verify(events)).toEqual({ seq: 3, id: 'e3', reason: 'seq_gap' });
  });
  it('notices a re-hashed event by the next link', () => {
    const events = chain(4);
    const edited = { ...events[1]!, actorName: '某人' };
    edited.hash = eventHash(edited.prevHash, edited);
    events[1] = edited;
    expect(verify(events)).toEqual({ seq: 3, id: 'e3', reason: 'prev_hash_mismatch' });
  });

  it('verifies older events by the hash they were written with, beside newer ones that keep the real time', () => {
    const events = chain(6, 3);
    expect(verify(events)).toBeNull();
    const first = events[0]!;
    const before = [first.tenantId, first.seq, first.id, first.at, first.actorId, first.actorName, first.action, first.entity];
    const rest = [first.entityId, first.beforeJson, first.afterJson, first.requestId];
    const legacy = createHash('sha256')
      .update(JSON.stringify([GENESIS_HASH, ...before, ...rest]))
      .digest('hex');
    expect(first.hash).toBe(legacy);
  });
  it('hashes the JSON array of the previous hash and every field, whatever characters the fields hold', () => {
    const e: ChainedEvent = {
      tenantId: 't"1',
      seq: 12345,
      id: 'e\\1',
      at: '2026-12-07T03:00:00.000Z',
      actorId: null,
      actorName: '王芳 "小王"\n',
      action: 'order.pay',
      entity: 'order',
      entityId: 'o1',
      beforeJson: JSON.stringify({ note: '\u2028 ¥ 😀' }),
      afterJson: null,
      requestId: 'r1',
      recordedAt: '2026-12-07T03:00:01.000Z',
      clockMoved: false,
    };
    const prev = eventHash(GENESIS_HASH, { ...e, seq: 1 });
    const fields = [prev, e.tenantId, e.seq, e.id, e.at, e.actorId, e.actorName, e.action, e.entity, e.entityId];
    const expected = createHash('sha256')
      .update(JSON.stringify([...fields, e.beforeJson, e.afterJson, e.requestId, e.recordedAt, e.clockMoved]))
      .digest('hex');
    expect(eventHash(prev, e)).toBe(expected);
  });
  it('names the event whose real time or moved-clock mark was altered, or cleared to pass for an older one', () => {
    for (const change of [{ recordedAt: '2026-12-01T09:00:00.000Z' }, { clockMoved: true }, { recordedAt: null, clockMoved: null }]) {
      const events = chain(5, 2);
      events[2] = { ...events[2]!, ...change };
      expect(verify(events)).toEqual({ seq: 3, id: 'e3', reason: 'hash_mismatch' });
    }
  });
});
