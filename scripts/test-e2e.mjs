// Runs the browser tests (test/e2e/vitest.config.ts) in lanes side by side, each lane with its own server and demo
// database, so the lanes never see each other's records; GUANJIA_E2E_LANES sets the number of lanes. Arguments pass
// through to vitest (files narrow the run).
// The web app is built once, into a folder of this run, and every lane's server serves that build: a build per
// lane cost each lane a minute and a half of both cores at the start. The server's build is brought up to date once
// too, before the lanes start their servers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureServerBuild } from './build-server.mjs';

const args = process.argv.slice(2);

const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-e2e-web-'));
const build = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/vite.config.ts', '--outDir', webDist, '--emptyOutDir', '--logLevel', 'warn'],
  { stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('building the web app for the browser tests failed');
  process.exit(1);
}
await ensureServerBuild();

const started = Date.now();
const vitest = spawnSync('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...args], {
  stdio: 'inherit',
  env: { ...process.env, GUANJIA_E2E_WEB_DIST: webDist },
});
console.log(`browser tests: ${Math.round((Date.now() - started) / 1000)} s`);
fs.rmSync(webDist, { recursive: true, force: true });
process.exit(vitest.status ?? 1);
