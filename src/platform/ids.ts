import { randomFillSync } from 'node:crypto';
import { V7Generator } from 'uuidv7';

/**
 * The random bits of new ids, drawn from the system's CSPRNG 4 KB at a time: `uuidv7()`'s own source asks
 * `crypto.getRandomValues` for 32 bytes every second id, and each call cost a server 10–20 µs under load (about 2 % of
 * an order transition's CPU, `docs/decisions.md`).
 */
const pool = new Uint32Array(1024);
let drawn = pool.length;
const randomWords = {
  nextUint32(): number {
    if (drawn === pool.length) {
      randomFillSync(pool);
      drawn = 0;
    }
    return pool[drawn++]!;
  },
};
const generator = new V7Generator(randomWords);

/** UUIDv7: time-sortable and merge-safe across nodes. */
export function newId(): string {
  return generator.generate().toString();
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
