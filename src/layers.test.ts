import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-layers-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs the repository's dependency-cruiser rules (what `npm run check` runs) over a small tree of files. */
function violations(files: Record<string, string>): string[] {
  const dir = fs.mkdtempSync(path.join(tmp, 'case-'));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }),
  );
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const bin = path.join(root, 'node_modules/.bin/depcruise');
  let out: string;
  try {
    out = execFileSync(bin, ['src', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
  } catch (e) {
    // violations make it exit non-zero, with the report on stdout
    out = (e as { stdout: string }).stdout;
  }
  const report = JSON.parse(out) as { summary: { violations: { rule: { name: string } }[] } };
  return report.summary.violations.map((v) => v.rule.name).sort();
}

describe('the layers npm run check enforces (issue 9)', () => {
  it('passes a module that imports the platform and another module one way', () => {
    expect(
      violations({
        'src/platform/clock.ts': 'export const now = () => 1;\n',
        'src/modules/money/receipt.ts': "import { now } from '../../platform/clock.js';\nexport const at = now();\n",
        'src/modules/orders/order.ts': "import { at } from '../money/receipt.js';\nexport const paidAt = at;\n",
      }),
    ).toEqual([]);
  });

  it('fails on an import cycle between two files', () => {
    expect(
      violations({
        'src/modules/orders/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
        'src/modules/orders/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      }),
    ).toContain('no-cycles');
  });

  it('fails on two modules importing each other through different files', () => {
    expect(
      violations({
        'src/modules/orders/pay.ts': "import { issue } from '../money/receipt.js';\nexport const pay = () => issue();\n",
        'src/modules/orders/load.ts': 'export const load = () => 1;\n',
        'src/modules/money/receipt.ts': 'export const issue = () => 2;\n',
        'src/modules/money/invoice.ts': "import { load } from '../orders/load.js';\nexport const invoice = () => load();\n",
      }),
    ).toContain('no-folder-cycles');
  });

  it('fails when the platform imports a module', () => {
    expect(
      violations({
        'src/platform/schema.ts': "import type { Order } from '../modules/orders/order.js';\nexport type Db = { orders: Order };\n",
        'src/modules/orders/order.ts': 'export interface Order { id: string }\n',
      }),
    ).toContain('platform-imports-no-module');
  });
});
