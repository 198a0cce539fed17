#!/usr/bin/env node
// `npm run dev`: the API server (tsx watch: restarts on a change under src/) on PORT (3000), and
// Vite's dev server (hot reload of the web app) on WEB_PORT (5173) proxying /api to it.
// Open the Vite address. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const port = process.env.PORT ?? '3000';
const webPort = process.env.WEB_PORT ?? '5173';

const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'src/cli.ts', 'serve', '--demo'], {
    cwd: root,
    stdio: 'inherit',
    // GUANJIA_WEB=dev: the API server neither builds nor serves the web app; Vite does.
    env: { ...process.env, PORT: port, GUANJIA_WEB: 'dev' },
  }),
  spawn(bin('vite'), ['--config', 'web/vite.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: port, WEB_PORT: webPort },
  }),
];

console.log(`\n  Guanjia dev: open http://localhost:${webPort} (API on port ${port})\n`);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
