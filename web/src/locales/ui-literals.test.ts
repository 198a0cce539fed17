import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every word the web app shows goes through i18n, punctuation included: a list joined with 、 or clauses with ； read
 * as Chinese on an English page (a team's nurses, a patient's reasons, a parking standard). A string literal of the
 * app's code (comments aside) holds no Chinese character or full-width punctuation, but for the few below.
 */
const ALLOWED: Record<string, string> = {
  // the language's own name in the language menu, the same in every language
  'app/i18n/languages.ts': '中文',
  // what a typed list of areas is split on: a Chinese comma typed into the field, not a word shown
  'features/infusion/TeamDialog.tsx': '，',
};

const web = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHINESE = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** The string literals of a source file, with its comments taken out (a `//` inside a string is kept). */
function literals(source: string): string[] {
  const found: string[] = [];
  const token = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  for (const [text] of source.matchAll(token)) if (!text.startsWith('/')) found.push(text.slice(1, -1));
  return found;
}

describe('the web app’s code', () => {
  it('writes no Chinese outside its locale files', () => {
    const files = fs
      .readdirSync(web, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|\.d\.ts$/.test(f) && !f.startsWith(`locales${path.sep}`));
    const found = files.flatMap((file) =>
      literals(fs.readFileSync(path.join(web, file), 'utf8'))
        .filter((text) => CHINESE.test(text) && text !== ALLOWED[file.split(path.sep).join('/')])
        .map((text) => `${file}: ${text.slice(0, 60)}`),
    );
    expect(found).toEqual([]);
  });
});
