import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoSignature } from '../../seed/demo.signature.js';
import { darknessOf, MIN_STROKE_MM, printableSignature, SIGNATURE_BOX_MM, signatureImage, strokeWidth } from './signature.js';

type Rgba = [number, number, number, number];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
const INK: Rgba = [17, 17, 17, 255];

/** A pad of w×h with a wavy pen line `width` pixels thick between x0 and x1 (as signature_pad draws one). */
function pad(w: number, h: number, o: { width: number; x0: number; x1: number; y: number; amp: number; background?: Rgba }) {
  const rgba = new Uint8Array(w * h * 4);
  for (let i = 0; i < w * h; i++) rgba.set(o.background ?? WHITE, i * 4);
  for (let x = o.x0; x <= o.x1; x++) {
    const cy = o.y + o.amp * Math.sin(x / 25);
    for (let y = Math.round(cy - (o.width - 1) / 2); y <= Math.round(cy + (o.width - 1) / 2); y++) rgba.set(INK, (y * w + x) * 4);
  }
  return { rgba, width: w, height: h };
}
function png(p: ReturnType<typeof pad>): Buffer {
  const img = new PNG({ width: p.width, height: p.height });
  img.data = Buffer.from(p.rgba);
  return PNG.sync.write(img);
}
/** The re-drawn signature's stroke width in millimetres once fitted into the 50 × 20 mm box. */
function printedStrokeMm(bytes: Buffer) {
  const out = printableSignature(bytes);
  if (!out) throw new Error('not re-drawn');
  const img = PNG.sync.read(out.png);
  const pxPerMm = Math.max(img.width / SIGNATURE_BOX_MM.width, img.height / SIGNATURE_BOX_MM.height);
  return { mm: strokeWidth(darknessOf(img.data, img.width, img.height)) / pxPerMm, width: img.width, height: img.height };
}

describe('a drawn signature re-drawn for paper', () => {
  it('thickens the one-pixel line of a large phone pad to at least 0.6 mm on paper', () => {
    const thin = png(pad(1200, 500, { width: 1, x0: 100, x1: 1100, y: 250, amp: 120 }));
    const before = strokeWidth(darknessOf(PNG.sync.read(thin).data, 1200, 500)) * (SIGNATURE_BOX_MM.width / 1000);
    expect(before).toBeLessThan(0.15);
    const printed = printedStrokeMm(thin);
    expect(printed.mm).toBeGreaterThanOrEqual(MIN_STROKE_MM - 0.05);
    expect(printed.mm).toBeLessThan(1.2);
  });

  it('leaves a stroke already thick enough as drawn', () => {
    const thick = png(pad(300, 100, { width: 5, x0: 20, x1: 280, y: 50, amp: 25 }));
    // 5 px in a 260 px wide drawing fitted to 50 mm: about 1 mm
    expect(printedStrokeMm(thick).mm).toBeGreaterThan(0.8);
    expect(printedStrokeMm(thick).mm).toBeLessThan(1.2);
  });

  it('cuts the pad to its strokes, so a small signature in a corner of the pad fills the box', () => {
    const corner = printedStrokeMm(png(pad(1000, 600, { width: 3, x0: 20, x1: 220, y: 60, amp: 20 })));
    expect(corner.width).toBeLessThanOrEqual(220);
    expect(corner.height).toBeLessThanOrEqual(60);
    expect(corner.width / corner.height).toBeGreaterThan(3);
  });

  it('shrinks a large drawing to the box at about 300 dpi, never larger, keeping its shape', () => {
    const big = printedStrokeMm(png(pad(2000, 800, { width: 4, x0: 50, x1: 1950, y: 400, amp: 300 })));
    expect(big.width).toBeLessThanOrEqual(SIGNATURE_BOX_MM.width * 12);
    expect(big.height).toBeLessThanOrEqual(SIGNATURE_BOX_MM.height * 12);
    expect(big.width / big.height).toBeCloseTo(1900 / 604, 0);
  });

  it('prints strokes on a transparent pad and a JPEG as black ink on white', () => {
    const clear = printableSignature(png(pad(400, 150, { width: 2, x0: 20, x1: 380, y: 75, amp: 40, background: CLEAR })));
    expect(clear).not.toBeNull();
    const drawn = pad(400, 150, { width: 3, x0: 20, x1: 380, y: 75, amp: 40 });
    const jpg = jpeg.encode({ data: Buffer.from(drawn.rgba), width: 400, height: 150 }, 90).data;
    const fromJpeg = PNG.sync.read(printableSignature(jpg)!.png);
    expect(Math.min(...fromJpeg.data.filter((_, i) => i % 4 === 0))).toBe(0);
    expect(fromJpeg.data[0]).toBe(255);
  });

  it('gives null for a blank pad or bytes that are no image, and the form then shows the bytes as stored', () => {
    expect(printableSignature(png(pad(200, 80, { width: 0, x0: 0, x1: -1, y: 0, amp: 0 })))).toBeNull();
    expect(printableSignature(Buffer.from('not an image'))).toBeNull();
    const raw = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)]);
    expect(signatureImage(raw, '业主验收签字')?.value).toBe(
      `<img class="sig" alt="业主验收签字" src="data:image/png;base64,${raw.toString('base64')}">`,
    );
    expect(signatureImage(null, 'x')).toBeNull();
  });

  it('re-draws the demo signature into a small PNG with the alt text escaped', () => {
    const bytes = Buffer.from(demoSignature(7).split(',')[1]!, 'base64');
    const img = signatureImage(bytes, '甲方"签字"')!.value;
    expect(img).toMatch(/^<img class="sig" alt="甲方&quot;签字&quot;" src="data:image\/png;base64,[A-Za-z0-9+/=]+">$/);
    expect(img.length).toBeLessThan(bytes.length * 1.4 + 100);
  });
});
