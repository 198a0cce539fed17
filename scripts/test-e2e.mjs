// Runs the browser tests in lanes side by side: one vitest per lane (a project of test/e2e/vitest.config.ts),
// each with its own server and demo database, so the lanes never see each other's records. A lane mostly
// waits on Chromium and the server, so two lanes on two cores take about half the time of one.
// Arguments pass through to every lane (a file narrows the run to the lane that holds it).
// GUANJIA_E2E_LANES sets the number of lanes (default 2).
// The web app is built once, into a folder of this run, and every lane's server serves that build: a build per
// lane cost each lane a minute and a half of both cores at the start. The server's build is brought up to date once
// too, before the lanes start their servers.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { ensureServerBuild } from './build-server.mjs';

const lanes = Math.max(1, Number(process.env.GUANJIA_E2E_LANES) || 2);
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

function runLane(index) {
  const name = `lane ${index + 1}`;
  const child = spawn('npx', ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', '--project', name, '--passWithNoTests', ...args], {
    env: { ...process.env, GUANJIA_E2E_LANES: String(lanes), GUANJIA_E2E_WEB_DIST: webDist },
  });
  // whole lines, each marked with its lane, so two lanes' output can share one log
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0) })));
}

const started = Date.now();
const results = await Promise.all(Array.from({ length: lanes }, (_, i) => runLane(i)));
const seconds = Math.round((Date.now() - started) / 1000);
for (const { name, code } of results) console.log(`${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}`);
console.log(`browser tests: ${lanes} lane(s) in ${seconds} s`);
fs.rmSync(webDist, { recursive: true, force: true });
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
