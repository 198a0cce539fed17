import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApp } from '../../src/web.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

// A built app the way Vite leaves it: every file beside its .br and .gz
const INDEX = '<!doctype html><html lang="zh-CN"><head><title>管家</title></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("管家");';
let dist: string;
let t: TestEnv;

function writeWithCompressed(file: string, text: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-web-'));
  writeWithCompressed(path.join(dist, 'index.html'), INDEX);
  writeWithCompressed(path.join(dist, 'assets', 'index-Bx7f3a.js'), SCRIPT);
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  t = await startTestEnv({ seed: false, web: webApp({ distDir: dist, buildWhenStale: false }) });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

async function get(url: string, encoding?: string, method: 'GET' | 'HEAD' = 'GET') {
  const res = await t.app.inject({ method, url, headers: encoding === undefined ? {} : { 'accept-encoding': encoding } });
  const encodingUsed = res.headers['content-encoding'];
  const raw = res.rawPayload;
  const text =
    encodingUsed === 'br'
      ? zlib.brotliDecompressSync(raw).toString()
      : encodingUsed === 'gzip'
        ? zlib.gunzipSync(raw).toString()
        : raw.toString();
  return { status: res.statusCode, headers: res.headers, text };
}

describe('the web app is served with and without compression', () => {
  // curl and load balancers' health checks send no Accept-Encoding; `/` answered 400 "Forbidden" to them
  it.each([undefined, 'identity', 'gzip', 'br', 'gzip, deflate, br', '*'])('GET / with Accept-Encoding %s', async (encoding) => {
    const res = await get('/', encoding);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('compresses when asked and says so', async () => {
    expect((await get('/', 'br')).headers['content-encoding']).toBe('br');
    expect((await get('/', 'gzip')).headers['content-encoding']).toBe('gzip');
    expect((await get('/')).headers['content-encoding']).toBeUndefined();
  });

  it.each(['/', '/?from=lb', '/index.html'])('answers HEAD %s for health checks', async (url) => {
    expect((await get(url, undefined, 'HEAD')).status).toBe(200);
  });

  it.each(['/orders', '/orders/', '/money/receipts', '/orders/0193a1b2-0000-7000-8000-000000000001'])(
    'serves the app at the page %s either way',
    async (url) => {
      for (const encoding of [undefined, 'gzip, br']) {
        const res = await get(url, encoding);
        expect(res.status, `${url} ${encoding}`).toBe(200);
        expect(res.text).toBe(INDEX);
      }
    },
  );

  it('serves hashed assets either way, cached for a year', async () => {
    for (const encoding of [undefined, 'gzip', 'br']) {
      const res = await get('/assets/index-Bx7f3a.js', encoding);
      expect(res.status, String(encoding)).toBe(200);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.text).toBe(SCRIPT);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await get('/favicon.svg')).status).toBe(200);
  });

  it('answers a missing file or a folder with 404, never 400', async () => {
    for (const url of ['/assets/missing.js', '/assets/', '/assets']) {
      for (const encoding of [undefined, 'br']) {
        const res = await get(url, encoding);
        expect([200, 404], `${url} ${encoding}: ${res.status}`).toContain(res.status);
        if (res.status === 200) expect(res.text).toBe(INDEX);
      }
    }
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('still answers unknown API paths with a problem', async () => {
    const res = await get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).code).toBe('route.not_found');
  });
});
