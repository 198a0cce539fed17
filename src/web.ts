import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { DomainError } from './platform/http/errors.js';
import type { App } from './platform/http/types.js';
import { PROJECT_ROOT } from './platform/project-root.js';

const root = PROJECT_ROOT;
const webDir = path.join(root, 'web');
/** Where the built app lives: web/dist, or GUANJIA_WEB_DIST (the browser tests build into their own folder). */
const distDir = process.env.GUANJIA_WEB_DIST ? path.resolve(process.env.GUANJIA_WEB_DIST) : path.join(webDir, 'dist');
/** What the built app is made from: a change to any of these makes web/dist stale. */
const SOURCES = ['index.html', 'vite.config.ts', 'tsconfig.json', 'src', 'public'];

function newestMtime(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** True when web/dist is missing or older than any of its sources. */
export function webBuildIsStale(): boolean {
  const built = path.join(distDir, 'index.html');
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(webDir, s)) > builtAt);
}

/**
 * Builds web/dist with Vite (a development dependency) in a child process: a build in the server's own process
 * left it holding about 1 GB for the rest of its life (measured by `npm run bench:load`).
 */
export async function buildWeb(): Promise<void> {
  console.log('Building the web app…');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', path.join(webDir, 'vite.config.ts'), '--outDir', distDir, '--emptyOutDir', '--logLevel', 'warn'];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`building the web app failed (vite exited with ${code})`);
}

const hasExtension = (urlPath: string) => /\.[A-Za-z0-9]+$/.test(urlPath);

/**
 * Serves the built web app (building it first when it is missing or stale) with the single-page
 * fallback: any GET outside /api/ that is not a file answers index.html, so links into the app work.
 * Unknown /api/ paths (and missing files) still answer 404 problem+json.
 * With GUANJIA_WEB=dev (`npm run dev`) Vite serves the app and this serves the API only.
 * `npm start` (and any start) after a change under web/ rebuilds first, so what is served is never stale.
 */
export const webPlugin = (app: App) => webApp({ distDir, buildWhenStale: true, dev: process.env.GUANJIA_WEB === 'dev' })(app);

/** The web app served from `distDir`, files beside their pre-compressed .br and .gz. */
export function webApp(options: { distDir: string; buildWhenStale: boolean; dev?: boolean }) {
  return async (app: App): Promise<void> => {
    const dev = options.dev ?? false;
    if (!dev) {
      if (options.buildWhenStale && webBuildIsStale()) await buildWeb();
      await app.register(fastifyStatic, {
        root: options.distDir,
        prefix: '/',
        // `/` (and any folder) is served as its index.html. With index: false, a request without
        // Accept-Encoding for `/` (curl, a load balancer's health check) reached the folder itself
        // and answered 400 "Forbidden"; with compression it fell through to the fallback below.
        index: ['index.html'],
        preCompressed: true,
        cacheControl: false,
        // Hashed file names never change content: cache for a year. Everything else: ask every time.
        setHeaders: (reply, file) => {
          reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      const urlPath = request.url.split('?')[0] ?? '/';
      const isPage = (request.method === 'GET' || request.method === 'HEAD') && !urlPath.startsWith('/api/') && urlPath !== '/api';
      if (isPage && !dev && !hasExtension(urlPath)) {
        return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
      }
      throw new DomainError('not_found', 'route.not_found', 'no such route');
    });
  };
}
