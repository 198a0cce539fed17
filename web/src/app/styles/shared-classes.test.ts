import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * A feature's CSS loads with its pages only (each feature is a chunk of its own), so a class a page uses must be styled
 * by the shell's CSS or by CSS its own feature imports. A class styled only in another feature's CSS looks right once
 * that feature has been opened and wrong before: `.table-scroll` (in callbacks) let the collection rate push a phone's
 * page sideways, `.trend-table` left the home page's figures without borders.
 */
const web = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = fs.readdirSync(web, { recursive: true, encoding: 'utf8' }).map((f) => path.join(web, f));
const featureOf = (file: string) => /[/\\]features[/\\]([^/\\]+)[/\\]/.exec(file)?.[1] ?? null;

/** The classes each CSS file styles (antd's own left out). */
const styled = new Map<string, Set<string>>();
for (const css of files.filter((f) => f.endsWith('.css'))) {
  const text = fs.readFileSync(css, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name] of text.matchAll(/\.([a-zA-Z][\w-]*)/g))
    if (!name!.startsWith('ant-')) styled.set(name!, (styled.get(name!) ?? new Set()).add(css));
}

/** The CSS files each feature imports, wherever they are. */
const imported = new Map<string, Set<string>>();
const sources = files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
for (const file of sources) {
  const feature = featureOf(file);
  if (!feature) continue;
  for (const [, css] of fs.readFileSync(file, 'utf8').matchAll(/import\s+'([^']+\.css)'/g))
    imported.set(feature, (imported.get(feature) ?? new Set()).add(path.resolve(path.dirname(file), css!)));
}

/**
 * The class names a component writes out whole: className="a b", the fixed words of className={`a b-${x}`} (not
 * `b-…`, made at run time), and the quoted names of className={open ? 'a' : 'b'}.
 */
function classNames(source: string): string[] {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  return [
    ...[...source.matchAll(/className="([^"]+)"/g)].flatMap(([, plain]) => words(plain!)),
    ...[...source.matchAll(/className=\{`([^`]*)`\}/g)].flatMap(([, template]) =>
      words(template!.replace(/\$\{[^}]*\}/g, '\0')).filter((w) => !w.includes('\0')),
    ),
    ...[...source.matchAll(/className=\{([^`{}]*)\}/g)].flatMap(([, expr]) =>
      [...expr!.matchAll(/'([\w\s-]+)'/g)].flatMap(([, quoted]) => words(quoted!)),
    ),
  ];
}

describe('the CSS classes a page uses', () => {
  it('are styled by the shell or by CSS its own feature loads', () => {
    const strays: string[] = [];
    for (const file of sources.filter((f) => f.endsWith('.tsx'))) {
      const feature = featureOf(file);
      if (!feature) continue;
      const names = classNames(fs.readFileSync(file, 'utf8'));
      for (const name of new Set(names)) {
        const where = styled.get(name);
        if (!where) continue;
        const reached = [...where].some((css) => featureOf(css) === null || featureOf(css) === feature || imported.get(feature)?.has(css));
        if (!reached)
          strays.push(`${path.relative(web, file)}: .${name} is styled only in ${[...where].map((c) => path.relative(web, c)).join(', ')}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
