// `npm run check`: the static checks, as many at once as the machine has cores (the two type checks alone took 137 s
// one after the other and 102 s side by side on the 2-core CI machine). Each check's output is printed whole when it
// ends, so two never interleave; the command fails when any check fails. Run through npm, which puts
// node_modules/.bin on the PATH.
import { spawn } from 'node:child_process';
import os from 'node:os';

/** The longest first, so the last to start is a short one. */
const CHECKS = [
  { name: 'types: server (tsc -p .)', command: 'tsc', args: ['-p', '.'] },
  { name: 'types: web app (tsc -p web)', command: 'tsc', args: ['-p', 'web'] },
  { name: 'API types match the routes (gen-api --check)', command: 'tsx', args: ['scripts/gen-api.ts', '--check'] },
  { name: 'layers (depcruise)', command: 'depcruise', args: ['src', 'web/src', '--config', '.dependency-cruiser.cjs'] },
  { name: 'lint and format (biome check)', command: 'biome', args: ['check', '.'] },
];

/** Runs one check to its end; resolves with whether it passed, after printing what it said. */
function run(check) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(check.command, check.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (d) => output.push(d));
    child.stderr.on('data', (d) => output.push(d));
    const done = (ok, why) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const text = Buffer.concat(output).toString().trimEnd();
      process.stdout.write(`${ok ? '✓' : '✗'} ${check.name} (${seconds} s)${why ? `: ${why}` : ''}\n${ok || !text ? '' : `${text}\n`}`);
      resolve(ok);
    };
    child.on('error', (e) => done(false, e.message));
    child.on('close', (code, signal) => done(code === 0, code === 0 ? '' : signal ? `stopped by ${signal}` : `exit ${code}`));
  });
}

const width = Math.max(1, Math.min(CHECKS.length, os.availableParallelism()));
const queue = [...CHECKS];
const results = await Promise.all(
  Array.from({ length: width }, async () => {
    const passed = [];
    for (let check = queue.shift(); check; check = queue.shift()) passed.push(await run(check));
    return passed.every(Boolean);
  }),
);
process.exitCode = results.every(Boolean) ? 0 : 1;
