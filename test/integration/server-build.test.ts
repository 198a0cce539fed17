import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, entryOf, serverBuildIsStale } from '../../scripts/build-server.mjs';
import { demoSignature } from '../../src/seed/demo.signature.js';

// a copy of what the build reads, so changing a source here never touches the project's own build or sources
const root = path.resolve(import.meta.dirname, '../..');
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-build-'));
// (the history's rules are the web drawer's own pure modules, web/src/features/history, a breach's words the
// compliance page's, web/src/features/compliance/breach-words.ts, and the months a payment leaves owed the fee desk's)
for (const part of [
  'src',
  'web/src/locales',
  'web/src/features/history',
  'web/src/features/compliance/breach-words.ts',
  'web/src/features/fee-desk/earlier-owed.ts',
  'scripts/build-server.mjs',
  'tsconfig.json',
  'package.json',
])
  fs.cpSync(path.join(root, part), path.join(copy, part), { recursive: true });
fs.symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'));
afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

const help = () => spawnSync(process.execPath, [entryOf(copy), '--help'], { encoding: 'utf8' });

describe('the server build that npm start runs', () => {
  it('is made again after a source changes, and runs the CLI without compiling TypeScript', { timeout: 120_000 }, async () => {
    expect(serverBuildIsStale(copy)).toBe(true);
    await buildServer(copy);
    expect(serverBuildIsStale(copy)).toBe(false);
    // the build is plain JavaScript: node runs it as it is, with no loader for TypeScript
    expect(help().status).toBe(0);
    expect(help().stdout).toContain('Migrate the database and serve the app and API');

    // a source the build was made from changes: the build is stale, and the next one says the new words
    const cli = path.join(copy, 'src/cli.ts');
    fs.writeFileSync(cli, fs.readFileSync(cli, 'utf8').replace('Migrate the database and serve', 'Migrate the database, then serve'));
    expect(serverBuildIsStale(copy)).toBe(true);
    await buildServer(copy);
    expect(serverBuildIsStale(copy)).toBe(false);
    expect(help().stdout).toContain('Migrate the database, then serve the app and API');

    // the image worker's program beside the bundle, whole in itself: it checks a signature with the sources gone
    const workerFile = path.join(path.dirname(entryOf(copy)), 'image-check.worker.cjs');
    fs.renameSync(path.join(copy, 'src'), path.join(copy, 'src-away'));
    const worker = new Worker(workerFile);
    try {
      worker.postMessage({ id: 7, dataUrl: demoSignature(4), field: 'signature', purpose: 'signature' });
      const answer = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(answer).toMatchObject({ id: 7, image: { contentType: 'image/png', width: 240, height: 80 } });
    } finally {
      await worker.terminate();
      fs.renameSync(path.join(copy, 'src-away'), path.join(copy, 'src'));
    }
    // without it the build is not whole
    fs.rmSync(workerFile);
    expect(serverBuildIsStale(copy)).toBe(true);
  });
});
