import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { shellPart } from './src/locales/shell.ts';

const SUFFIX = '.json?shell';
const PREFIX = '\0guanjia-shell-texts:';

/**
 * `import texts from './orders.json?shell'`: the part of a namespace the shell shows before the feature's pages load
 * (src/locales/shell.ts), as a module of its own, so the whole file can be a chunk loaded with the feature.
 * The module's id does not end in `.json`, so Vite's JSON plugin leaves it alone.
 */
export function shellTexts(): Plugin {
  return {
    name: 'guanjia-shell-texts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!source.endsWith(SUFFIX) || !importer) return null;
      const file = path.resolve(path.dirname(importer), source.slice(0, -'?shell'.length));
      return `${PREFIX}${file}.js`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      this.addWatchFile(file);
      const texts = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(shellPart(path.basename(file, '.json'), texts))};\n`;
    },
  };
}
