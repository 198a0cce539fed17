import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webApp } from '../../src/web.js';
import { DEMO_PASSWORD } from '../support/demo-password.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

/**
 * The security headers on every kind of answer (issue 22 item 5): the web app and its files, the API (answers and
 * refusals), the printed forms a browser opens, the public notice pages a resident reaches by QR code, and a path that
 * does not exist. A browser given one of these without them would let another site frame it, sniff a type or run a
 * script from elsewhere.
 */
let dist: string;
let t: TestEnv;
let admin: Agent;
const pages: Record<string, string> = {};

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-headers-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>');
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'assets', 'index-A1b2c3.js'), 'console.log(1);');
  t = await startTestEnv({ web: webApp({ distDir: dist, buildWhenStale: false }) });
  admin = await t.login('admin');
  const officeA = await t.org('office-a');
  const tenantId = (await t.runtime.deps.db.selectFrom('org_nodes').select('tenant_id').where('id', '=', officeA).executeTakeFirstOrThrow())
    .tenant_id;
  const order = (await admin.get('/api/orders?pageSize=1')).body.items[0] as { id: string };
  Object.assign(pages, {
    'the app': '/',
    'a page of the app': '/orders',
    'a file of the app': '/assets/index-A1b2c3.js',
    'the API': '/api/health',
    'an API refusal': '/api/users',
    'a printed order form': `/api/orders/${order.id}/print`,
    'the public price notice': `/notice/price-lists/${tenantId}/${officeA}`,
    'the public feedback page': `/notice/feedback/${tenantId}/${officeA}`,
    'the public feedback form': `/api/public/feedback-form/${tenantId}/${officeA}`,
    'an unknown API path': '/api/nothing-here',
    // refused by the router before any hook runs (a broken percent-encoding)
    'a malformed URL refusal': '/api/orders/%E0%A4%A',
  });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('security headers', () => {
  it.each([
    'the app',
    'a page of the app',
    'a file of the app',
    'the API',
    'an API refusal',
    'a printed order form',
    'the public price notice',
    'the public feedback page',
    'the public feedback form',
    'an unknown API path',
    'a malformed URL refusal',
  ])('are on %s', async (what) => {
    const url = pages[what]!;
    const signedIn = what === 'a printed order form';
    const res = signedIn ? await admin.request('GET', url) : await t.anonymous().request('GET', url);
    expect(res.status, `${what} ${url}`).toBeLessThan(what.includes('refusal') || what.includes('unknown') ? 500 : 300);
    const h = res.headers;
    const csp = String(h['content-security-policy']);
    expect(csp, what).toContain("default-src 'self'");
    expect(csp, what).toContain("script-src 'self'");
    expect(csp, what).toContain("frame-ancestors 'self'");
    expect(csp, what).toContain("object-src 'none'");
    expect(h['x-content-type-options'], what).toBe('nosniff');
    expect(h['x-frame-options'], what).toBe('SAMEORIGIN');
    expect(h['referrer-policy'], what).toBe('no-referrer');
    expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
    expect(h['strict-transport-security'], what).toMatch(/max-age=\d+/);
    expect(h['x-powered-by'], what).toBeUndefined();
    // what names owners and their money is never kept by a cache
    if (url.startsWith('/api/')) expect(h['cache-control'], what).toBe('no-store');
  });
});

/** One request over a real socket, read to its close: what the server sent, body bytes and all (inject would keep a body Node withholds). */
function rawRequest(port: number, method: 'GET' | 'HEAD', url: string, cookie?: string) {
  return new Promise<{ status: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`${method} ${url} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${cookie ? `Cookie: ${cookie}\r\n` : ''}\r\n`),
    );
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()] as [string, string]),
      );
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: text.slice(end + 4) });
    });
  });
}

describe('HEAD', () => {
  let port: number;
  let cookie: string;
  beforeAll(async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as net.AddressInfo).port;
    const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-guanjia-csrf': '1' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  });
  // RFC 9110 §9.3.2: a HEAD request gets the headers a GET would, without the body (monitors and `curl -I` send it)
  it.each(['the app', 'a page of the app', 'a file of the app', 'the API', 'a printed order form', 'an unknown API path'])(
    'answers for %s as GET does, without the body',
    async (what) => {
      const url = pages[what]!;
      const who = what === 'a printed order form' ? cookie : undefined;
      const [get, head] = [await rawRequest(port, 'GET', url, who), await rawRequest(port, 'HEAD', url, who)];
      expect(head.status, what).toBe(get.status);
      expect(head.headers['content-type'], what).toBe(get.headers['content-type']);
      expect(head.headers['content-security-policy'], what).toBe(get.headers['content-security-policy']);
      expect(get.body.length, what).toBeGreaterThan(0);
      expect(head.body, what).toBe('');
    },
  );
  it('answers a signed-in list with its length and no rows', async () => {
    const [get, head] = [
      await rawRequest(port, 'GET', '/api/orders?pageSize=5', cookie),
      await rawRequest(port, 'HEAD', '/api/orders?pageSize=5', cookie),
    ];
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.body).toBe('');
  });
});
