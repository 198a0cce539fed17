import { randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppDeps } from '../platform/context.js';
import { seedDemo } from './demo.js';

/** The file in the data folder that keeps the demo password chosen at first start (mode 0600). */
export const DEMO_PASSWORD_FILE = 'demo-password.txt';

export const demoPasswordFile = (dataDir: string) => path.join(dataDir, DEMO_PASSWORD_FILE);

// no 0/o, 1/l/i: read off a terminal and typed on a phone
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A fresh demo password: four groups of four (about 79 bits), e.g. `k7pm-3xqa-w9cd-ht4e`. */
export function newDemoPassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/**
 * Seeds the demo (only what is missing). Demo users made now get `GUANJIA_DEMO_PASSWORD` when it is
 * set (tests, CI, benches choose theirs; read only here, when seeding) or else a random password;
 * either is written to the data folder's file, readable by its owner only. Returns the password when
 * users got it now, so the caller can show it once.
 */
export async function seedDemoWithPassword(
  deps: AppDeps,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ created: number; password: string | null; file: string }> {
  const password = env.GUANJIA_DEMO_PASSWORD || newDemoPassword();
  const { created, usersCreated } = await seedDemo(deps, { password });
  const file = demoPasswordFile(dataDir);
  if (usersCreated === 0) return { created, password: null, file };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600); // a file left from an earlier demo keeps its old mode otherwise
  return { created, password, file };
}

/** What `serve` says about signing in to a demo: the password once, then where it is kept. */
export function demoSignInLines(file: string, shownNow: string | null): string[] {
  if (shownNow) {
    return [
      `  Sign in with username "admin" and password "${shownNow}" (every demo user has this password).`,
      `  It is shown only now; it is kept in ${file} (readable by you only).`,
    ];
  }
  if (fs.existsSync(file)) {
    return [`  Sign in with username "admin" and the demo password kept in ${file} (every demo user has it).`];
  }
  return [
    `  Sign in with username "admin" and the demo password chosen at first start; ${file} is gone.`,
    '  Set a new one with  npx guanjia user reset-password --username admin',
  ];
}
