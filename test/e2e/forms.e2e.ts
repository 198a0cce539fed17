// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fenInChineseCapitals } from '../../src/platform/money.js';
import { apiGet, orgIdByCode, type Session, signIn, useBrowser } from './support/session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'docs/screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guanjia-forms-'));
const PT_PER_MM = 72 / 25.4;
const PX_PER_MM = 96 / 25.4;

type Order = { id: string; version: number; number: string; totalFen: number };

async function apiPost<T>(s: Session, apiPath: string, data: object): Promise<T> {
  const res = await s.browser.context.request.post(`${s.baseURL}${apiPath}`, { headers: { 'x-guanjia-csrf': '1' }, data });
  expect(res.status(), `${apiPath}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

interface Printed {
  pages: number;
  widthMm: number;
  heightMm: number;
  text: string;
}

/**
 * Prints the open page as Chromium does when a person presses Ctrl+P (the page's own @page size), and reads
 * the PDF back with poppler: its page count and page size (the MediaBox, via pdfinfo) and its text (pdftotext).
 * With `shot`, the first page also goes to docs/screenshots as the form looks on paper.
 */
async function print(s: Session, name: string, shot?: string): Promise<Printed> {
  await s.page.evaluate(() => document.fonts.ready);
  const file = path.join(tmp, `${name}.pdf`);
  fs.writeFileSync(file, await s.page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo: ${info}`);
  if (shot) {
    fs.mkdirSync(shots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', file, path.join(shots, shot)]);
  }
  return {
    pages: Number(pages[1]),
    widthMm: Number(size[1]) / PT_PER_MM,
    heightMm: Number(size[2]) / PT_PER_MM,
    text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}

const expectA4 = (p: Printed) => {
  expect(p.widthMm).toBeCloseTo(210, 0);
  expect(p.heightMm).toBeCloseTo(297, 0);
};

/** The drawn signature's box on the page: about 50 × 20 mm, the picture loaded and inside it. */
async function signatureBoxes(s: Session) {
  return s.page.locator('.sig-box').evaluateAll((boxes) =>
    boxes.map((box) => {
      const r = box.getBoundingClientRect();
      const img = box.querySelector('img');
      const i = img?.getBoundingClientRect();
      return {
        width: r.width,
        height: r.height,
        loaded: Boolean(img?.complete && img.naturalWidth > 0),
        inside: Boolean(i && i.width > 0 && i.left >= r.left && i.right <= r.right && i.top >= r.top && i.bottom <= r.bottom),
      };
    }),
  );
}

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the printed forms, as on paper (X3)', () => {
  const s = useBrowser();
  let order: Order;

  it('the 家政服务表 of a signed and paid order prints on one A4 page with the signature box, the worker’s line and the seal', {
    timeout: 180_000,
  }, async () => {
    // arranged through the API (an order of its own, so no other test's demo order changes): requested, done,
    // signed on a phone-sized pad with a thin pen, paid at the cashier's desk
    await signIn(s, 'liuyang');
    const office = await orgIdByCode(s, 'office-a');
    const items = await apiGet<{ id: string; code: string }[]>(s, '/api/service-items');
    order = await apiPost<Order>(s, '/api/orders', {
      type: 'housekeeping',
      officeId: office,
      channel: 'phone',
      customerName: '冯秀兰',
      customerPhone: '13955556666',
      address: '翠竹园4栋0203',
      lines: [
        { itemId: items.find((i) => i.code === 'indoor-cleaning')!.id, quantity: 3 },
        { itemId: items.find((i) => i.code === 'range-hood')!.id, quantity: 1 },
      ],
    });
    const step = async (name: string, body: object = {}) => {
      order = await apiPost<Order>(s, `/api/orders/${order.id}/${name}`, { version: order.version, ...body });
    };
    await step('quote');
    await step('confirm', { priceAccepted: true, staffCount: 1, appointmentStart: new Date(Date.now() + 3_600_000).toISOString() });
    const staff = await apiGet<{ items: { id: string; username: string }[] }>(s, `/api/orgs/${office}/staff?permission=orders.work`);
    await step('assign', { staff: [staff.items.find((u) => u.username === 'sunxy')!.id] });
    // a phone's pad: a line 1.5 px wide across 900 × 300 pixels, which printed as drawn would be a hairline
    const signature = await s.page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 900;
      c.height = 300;
      const g = c.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, 900, 300);
      g.strokeStyle = '#111';
      g.lineWidth = 1.5;
      g.beginPath();
      for (let x = 40; x <= 860; x += 4) g.lineTo(x, 150 + 90 * Math.sin(x / 45) * Math.cos(x / 300));
      g.stroke();
      return c.toDataURL('image/png');
    });
    await signIn(s, 'sunxy');
    await step('start');
    await step('finish');
    await step('accept', { signerName: '冯秀兰', signature });
    await signIn(s, 'chenjing');
    await step('pay', { amountFen: order.totalFen, method: 'cash' });
    expect(order.totalFen).toBe(24_000);

    // the cashier prints it from the order's page, as she would
    await s.page.goto(`${s.baseURL}/orders/${order.id}`);
    const link = s.page.getByRole('link', { name: '打印', exact: true });
    await link.waitFor();
    await s.page.goto(`${s.baseURL}${await link.getAttribute('href')}`);
    const [box] = await signatureBoxes(s);
    expect(box).toMatchObject({ loaded: true, inside: true });
    expect(box!.width / PX_PER_MM).toBeCloseTo(50, 0);
    expect(box!.height / PX_PER_MM).toBeCloseTo(20, 0);
    const form = await print(s, 'order', 'form-order-a4');
    expectA4(form);
    expect(form.pages).toBe(1);
    const receipts = await apiGet<{ items: { number: string }[] }>(s, `/api/receipts?orderId=${order.id}`);
    for (const expected of [
      '家政服务表',
      order.number,
      '¥240.00',
      fenInChineseCapitals(order.totalFen),
      '业主验收签字',
      '签字人：冯秀兰',
      '服务人员签字：',
      '日期：',
      '盖章处',
      `收据号码：${receipts.items[0]!.number}`,
    ])
      expect(form.text).toContain(expected);
  });

  it('the same form in English writes its labels with the English separator', async () => {
    await s.page.goto(`${s.baseURL}/api/orders/${order.id}/print?lang=en`);
    const form = await print(s, 'order-en');
    expectA4(form);
    for (const expected of ['Housekeeping service form', `Number: ${order.number}`, 'Staff signature:', 'Office seal'])
      expect(form.text).toContain(expected);
    expect(form.text).not.toContain('：');
  });

  it('the receipt prints on an 80 mm slip as long as its lines (Chromium printed `80mm auto` on US Letter)', async () => {
    await s.page.goto(`${s.baseURL}/orders/${order.id}`);
    const link = s.page.getByRole('link', { name: '打印收据' });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    expect(href).toContain('size=receipt');
    await s.page.goto(`${s.baseURL}${href}`);
    const slip = await print(s, 'receipt-80mm', 'form-receipt-80mm');
    expect(slip.widthMm).toBeCloseTo(80, 0);
    expect(slip.pages).toBe(1);
    // the estimated length holds the content with a short blank tail (the margins are 4 mm and 6 mm)
    const contentMm = (await s.page.locator('body').evaluate((b) => b.getBoundingClientRect().height)) / PX_PER_MM;
    expect(slip.heightMm - 10 - contentMm).toBeGreaterThanOrEqual(0);
    expect(slip.heightMm - 10 - contentMm).toBeLessThan(30);
    const { items } = await apiGet<{ items: { number: string }[] }>(s, `/api/receipts?orderId=${order.id}`);
    for (const expected of [
      '收款收据',
      '收据联',
      items[0]!.number,
      '收款单位：翠竹园管理处',
      '付款人：冯秀兰',
      '¥240.00',
      fenInChineseCapitals(order.totalFen),
      '收款人：陈静',
      '收款单位（盖章）',
    ])
      expect(slip.text).toContain(expected);
    expect(slip.text).not.toContain('存根联');
  });

  it('the A4 receipt holds the stub and the customer’s copy on one page, each with the payee’s seal', async () => {
    const { items } = await apiGet<{ items: { id: string; number: string }[] }>(s, `/api/receipts?orderId=${order.id}`);
    // the address the reprint opens, without recording a reprint
    await s.page.goto(`${s.baseURL}/api/receipts/${items[0]!.id}/print?size=a4&lang=zh-CN`);
    const a4 = await print(s, 'receipt-a4', 'form-receipt-a4');
    expectA4(a4);
    expect(a4.pages).toBe(1);
    for (const expected of ['存根联', '收据联', items[0]!.number, '付款人：冯秀兰']) expect(a4.text).toContain(expected);
    expect(a4.text.match(/收款单位（盖章）/g)).toHaveLength(2);
    expect(a4.text.match(/收款单位：翠竹园管理处/g)).toHaveLength(2);
  });

  it('the demo’s agreement prints on A4 with both signatures in their boxes and party B’s seal', async () => {
    await signIn(s, 'liuyang', null);
    const { items } = await apiGet<{ items: { id: string; number: string }[] }>(s, '/api/agreements?q=林雅琴');
    const agreement = await apiGet<{ id: string; number: string; perVisitFen: number }>(s, `/api/agreements/${items[0]!.id}`);
    await s.page.goto(`${s.baseURL}/agreements/${agreement.id}`);
    const link = s.page.getByRole('link', { name: '打印协议书' });
    await link.waitFor();
    await s.page.goto(`${s.baseURL}${await link.getAttribute('href')}`);
    const boxes = await signatureBoxes(s);
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box).toMatchObject({ loaded: true, inside: true });
      expect(box.width / PX_PER_MM).toBeCloseTo(50, 0);
    }
    const paper = await print(s, 'agreement', 'form-agreement-a4');
    expectA4(paper);
    expect(paper.pages).toBe(1);
    for (const expected of [
      '业主特约服务协议书',
      agreement.number,
      '甲方（业主）：林雅琴',
      fenInChineseCapitals(agreement.perVisitFen),
      '甲方签字',
      '乙方代表签字',
      '乙方盖章处',
    ])
      expect(paper.text).toContain(expected);
  });

  it('the public price notice prints on A4, in Chinese and in English', async () => {
    await signIn(s, 'wangfang', null);
    await s.page.goto(`${s.baseURL}/price-lists?org=${await orgIdByCode(s, 'office-a')}`);
    const link = s.page.getByRole('link', { name: '查看公示' });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    await s.browser.context.clearCookies();
    await s.page.goto(`${s.baseURL}${href}`);
    const zh = await print(s, 'notice');
    expectA4(zh);
    for (const expected of ['翠竹园管理处', '有偿服务收费标准公示', '室内保洁', '40.00']) expect(zh.text).toContain(expected);
    await s.page.goto(`${s.baseURL}${href}?lang=en`);
    const en = await print(s, 'notice-en');
    expectA4(en);
    for (const expected of ['Paid-service price list', 'Indoor cleaning', '40.00']) expect(en.text).toContain(expected);
  });
});
