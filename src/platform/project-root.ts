import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `from` that holds a package.json. */
export function packageFolder(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

/**
 * The project's folder (the one with package.json, web/ and node_modules/). Found by looking up rather than by a
 * fixed number of `..`: this file runs from src/platform/ (tests, `npm run dev`) and bundled into
 * dist/server/guanjia.js (`npm start`).
 */
export const PROJECT_ROOT = packageFolder(path.dirname(fileURLToPath(import.meta.url)));
