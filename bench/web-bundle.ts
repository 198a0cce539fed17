/**
 * How much JavaScript a browser must fetch before it can show the sign-in page, and before it can
 * show the app shell after signing in (gzip, as served). Builds the web app into a temporary folder,
 * then follows each route's imports through Vite's manifest: the entry, the language chunk loaded
 * before the first render, and the route's own code-split modules with everything they import.
 * Floors: the sign-in page, which everyone loads first, within 200 KB (issue 13); the shell within 250 KB. The ratio
 * is the smaller of floor ÷ size (≥ 1 when both hold).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The modules each screen needs before it can render (besides the entry), and its floor in KB gzip. */
const ROUTES: Record<string, { modules: string[]; floorKb: number }> = {
  'sign-in route (/login)': { modules: ['src/locales/zh-CN/index.ts', 'src/app/auth/LoginPage.tsx'], floorKb: 200 },
  'app shell after sign-in (/)': {
    modules: ['src/locales/zh-CN/index.ts', 'src/locales/zh-CN/antd.ts', 'src/app/SignedInRoutes.tsx', 'src/features/home/HomePage.tsx'],
    floorKb: 250,
  },
};

function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`not in the manifest: ${key} (was it renamed? update bench/web-bundle.ts)`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-web-bundle-'));
try {
  await build({
    configFile: path.join(root, 'web/vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('the manifest has no entry');
  const gzipKb = (file: string) => gzipSync(fs.readFileSync(path.join(outDir, file))).length / 1024;

  let ratio = Number.POSITIVE_INFINITY;
  for (const [name, { modules, floorKb }] of Object.entries(ROUTES)) {
    const files = closure(manifest, [entry, ...modules]);
    const kb = [...files].reduce((sum, f) => sum + gzipKb(f), 0);
    ratio = Math.min(ratio, floorKb / kb);
    console.log(`${name}: ${kb.toFixed(1)} KB gzip in ${files.size} files (floor ${floorKb} KB)`);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`ratio=${ratio.toFixed(2)} rss_mb=${rssMb.toFixed(0)}`);
} finally {
  fs.rmSync(outDir, { recursive: true, force: true });
}
