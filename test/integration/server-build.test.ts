import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildServer, serverBuildIsStale, serverEntry } from '../../scripts/build-server.mjs';

describe('the server build that npm start runs', () => {
  it('is made again after a source changes, and runs the CLI without compiling TypeScript', { timeout: 120_000 }, async () => {
    await buildServer();
    expect(serverBuildIsStale()).toBe(false);

    // a source the build was made from, changed (its time moved on) and put back as it was
    const source = 'src/platform/ids.ts';
    const { atime, mtime } = fs.statSync(source);
    try {
      fs.utimesSync(source, atime, new Date(mtime.getTime() + 2000));
      expect(serverBuildIsStale()).toBe(true);
    } finally {
      fs.utimesSync(source, atime, mtime);
    }
    expect(serverBuildIsStale()).toBe(false);

    // the build is plain JavaScript: node runs it as it is, with no loader for TypeScript
    const help = spawnSync(process.execPath, [serverEntry, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Migrate the database and serve the app and API');
  });
});
