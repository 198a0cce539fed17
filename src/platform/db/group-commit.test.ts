import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';

/** A disk whose fsyncs finish when the test says so. */
function slowDisk() {
  const pending: { done: () => void; fail: (e: Error) => void }[] = [];
  const fsync = () =>
    new Promise<void>((resolve, reject) => {
      pending.push({ done: resolve, fail: reject });
    });
  return { fsync, pending };
}

const settled = async <T>(p: Promise<T>) => {
  let state = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((r) => setImmediate(r));
  return state;
};

describe('group commit', () => {
  it('answers a commit only after an fsync that began after it', async () => {
    const disk = slowDisk();
    const commits = groupCommit(disk.fsync);
    const first = commits.durable();
    expect(disk.pending).toHaveLength(1);
    // committed while the first fsync is on the disk: that fsync may not hold it
    const second = commits.durable();
    expect(disk.pending).toHaveLength(1);
    disk.pending[0]?.done();
    expect(await settled(first)).toBe('resolved');
    expect(await settled(second)).toBe('pending');
    expect(disk.pending).toHaveLength(2);
    disk.pending[1]?.done();
    expect(await settled(second)).toBe('resolved');
  });

  it('makes every commit made during one fsync durable with a single next fsync', async () => {
    const disk = slowDisk();
    const commits = groupCommit(disk.fsync);
    commits.durable();
    const waiting = Array.from({ length: 20 }, () => commits.durable());
    disk.pending[0]?.done();
    await new Promise((r) => setImmediate(r));
    expect(disk.pending).toHaveLength(2);
    expect(await settled(Promise.all(waiting))).toBe('pending');
    disk.pending[1]?.done();
    expect(await settled(Promise.all(waiting))).toBe('resolved');
    expect(commits.syncs).toBe(2);
  });

  it('tells the callers of a failed fsync, and runs a fresh one for the next commit', async () => {
    const disk = slowDisk();
    const commits = groupCommit(disk.fsync);
    const lost = commits.durable();
    disk.pending[0]?.fail(new Error('EIO'));
    await expect(lost).rejects.toThrow('EIO');
    const next = commits.durable();
    expect(disk.pending).toHaveLength(2);
    disk.pending[1]?.done();
    await expect(next).resolves.toBeUndefined();
  });
});
