// The server's build: src/cli.ts and everything it imports bundled by esbuild into one JavaScript file,
// dist/server/guanjia.js, which bin/guanjia.js runs. Packages stay in node_modules (imported by name).
// Compiling the TypeScript at every start (tsx) took about 40 % of a warm start (issue 13).
//
// The build is made on the first start and again whenever a file it was made from changed (like the web app's,
// src/web.ts): the manifest beside it lists every input with its modification time and size, so a check costs one
// stat per file. `npm run build:server` (this file run as a script) builds it unconditionally.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's folder; every function takes another (a copy of the project, in the tests). */
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = (root) => path.join(root, 'dist', 'server');
/** The file bin/guanjia.js runs. */
export const entryOf = (root = projectRoot) => path.join(buildDir(root), 'guanjia.js');
export const serverEntry = entryOf();
/** The image worker's program, beside the bundle: `new URL('./image-check.worker.cjs', import.meta.url)` in the bundle finds it. */
const WORKER_ENTRY = 'src/platform/image-check.worker.ts';
const workerOf = (root) => path.join(buildDir(root), 'image-check.worker.cjs');
const manifestOf = (root) => path.join(buildDir(root), 'manifest.json');
/** Files that shape the build without being bundled into it. */
const SETTINGS = ['tsconfig.json', 'package.json', 'scripts/build-server.mjs'];

/** `mtime:size` of a file of the project (the time in whole milliseconds), or null when it is missing. */
function stamp(root, file) {
  try {
    const s = fs.statSync(path.join(root, file));
    return `${Math.floor(s.mtimeMs)}:${s.size}`;
  } catch {
    return null;
  }
}

/** True when the build is missing or any file it was made from differs from when it was made. */
export function serverBuildIsStale(root = projectRoot) {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestOf(root), 'utf8'));
  } catch {
    return true;
  }
  if (!fs.existsSync(entryOf(root)) || !fs.existsSync(workerOf(root))) return true;
  return Object.entries(manifest.files).some(([file, recorded]) => recorded === null || stamp(root, file) !== recorded);
}

/** Writes `data` to `file` whole: another process starting at the same time reads the old file or the new, never half. */
function writeWhole(file, data) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Bundles the server. Two processes building at once each write their own files and rename them into place. */
export async function buildServer(root = projectRoot) {
  const esbuild = await import('esbuild');
  const startedAt = Date.now();
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'warning',
  };
  const [result, worker] = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: ['src/cli.ts'],
      format: 'esm',
      packages: 'external',
      outfile: entryOf(root),
      // String literals with their non-ASCII characters escaped (the comments are done below).
      charset: 'ascii',
    }),
    // the image worker's program (src/platform/images.ts starts it from the file beside the bundle), whole in one file
    esbuild.build({ ...common, entryPoints: [WORKER_ENTRY], format: 'cjs', outfile: workerOf(root) }),
  ]);
  const files = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...Object.keys(worker.metafile.inputs), ...SETTINGS]) {
    const s = stamp(root, file);
    // a file changed while the build read it may be in the build as it was before: build again next time
    files[file] = s !== null && Number(s.split(':')[0]) >= startedAt ? null : s;
  }
  fs.mkdirSync(buildDir(root), { recursive: true });
  // Every character ASCII, the comments' too (esbuild keeps them as written): one Chinese character anywhere made V8
  // keep the whole 2.8 MB source as a two-byte string, 5.5 MB of an idle server's heap instead of 2.8. With
  // `charset: 'ascii'` nothing else holds one, so escaping them all changes only comments.
  const code = result.outputFiles[0].text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeWhole(entryOf(root), code);
  writeWhole(workerOf(root), worker.outputFiles[0].text);
  writeWhole(manifestOf(root), `${JSON.stringify({ builtAt: new Date(startedAt).toISOString(), files }, null, 1)}\n`);
}

/** Builds the server when its build is missing or stale. */
export async function ensureServerBuild() {
  if (!serverBuildIsStale()) return;
  process.stderr.write('Building the server…\n');
  await buildServer();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildServer();
