import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoSignature } from '../seed/demo.signature.js';
import { checkImageDataUrl, ImageRefusal, inkOf } from './image-check.js';

type Paint = (x: number, y: number) => [number, number, number, number] | null;

/** A PNG of w×h, every pixel from `paint` (null: the background). */
function png(w: number, h: number, background: [number, number, number, number], paint: Paint = () => null): Buffer {
  const img = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) img.data.set(paint(x, y) ?? background, (y * w + x) * 4);
  return PNG.sync.write(img);
}

const url = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;
/** A wavy pen line across the middle, three pixels thick, as signature_pad draws it. */
const stroke: Paint = (x, y) =>
  Math.abs(y - (40 + Math.round(15 * Math.sin(x / 12)))) <= 1 && x > 20 && x < 220 ? [17, 17, 17, 255] : null;
const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];

function refusal(f: () => unknown): { code: string; field: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof ImageRefusal) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error('accepted');
}

describe('signature images', () => {
  it('refuses a PNG header followed by zeros (it was accepted from its first 4 bytes)', () => {
    const forged = Buffer.alloc(4096);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(forged);
    expect(refusal(() => checkImageDataUrl(url('image/png', forged), 'signature', 'signature'))).toEqual({
      code: 'image.invalid',
      field: 'signature',
    });
  });

  it('refuses a PNG whose data was altered (its checksum no longer matches)', () => {
    const good = png(240, 80, WHITE, stroke);
    const at = good.length - 20;
    good.writeUInt8(good.readUInt8(at) ^ 0xff, at);
    expect(refusal(() => checkImageDataUrl(url('image/png', good), 'signature', 'signature')).code).toBe('image.invalid');
  });

  it('accepts strokes on white, strokes on a transparent pad, and the demo signature', () => {
    const onWhite = checkImageDataUrl(url('image/png', png(240, 80, WHITE, stroke)), 'signature', 'signature');
    expect(onWhite).toMatchObject({ contentType: 'image/png', width: 240, height: 80 });
    expect(checkImageDataUrl(url('image/png', png(240, 80, CLEAR, stroke)), 'signature', 'signature').width).toBe(240);
    const blueInk: Paint = (x, y) => (stroke(x, y) ? [20, 60, 220, 255] : null);
    expect(checkImageDataUrl(url('image/png', png(240, 80, CLEAR, blueInk)), 'signature', 'signature').height).toBe(80);
    expect(checkImageDataUrl(demoSignature(3), 'signature', 'signature').width).toBe(240);
  });

  it('refuses a blank pad, white or transparent, and a single tap', () => {
    for (const bg of [WHITE, CLEAR, [0, 0, 0, 255] as [number, number, number, number]])
      expect(refusal(() => checkImageDataUrl(url('image/png', png(240, 80, bg)), 'ownerSignature', 'signature'))).toEqual({
        code: 'signature.blank',
        field: 'ownerSignature',
      });
    const tap: Paint = (x, y) => ((x - 100) ** 2 + (y - 40) ** 2 <= 9 ? [0, 0, 0, 255] : null);
    expect(refusal(() => checkImageDataUrl(url('image/png', png(240, 80, WHITE, tap)), 'signature', 'signature')).code).toBe(
      'signature.blank',
    );
  });

  it('refuses an image too small to sign on, and a huge one before inflating it', () => {
    expect(refusal(() => checkImageDataUrl(url('image/png', png(1, 1, [0, 0, 0, 255])), 'signature', 'signature')).code).toBe(
      'image.dimensions',
    );
    const huge = png(64, 64, WHITE, stroke);
    huge.writeUInt32BE(100_000, 16); // IHDR width
    expect(refusal(() => checkImageDataUrl(url('image/png', huge), 'signature', 'signature')).code).toBe('image.dimensions');
  });

  it('refuses bytes over the limit and what is not a data URL', () => {
    const big = Buffer.alloc(600 * 1024, 1);
    expect(refusal(() => checkImageDataUrl(url('image/png', big), 'signature', 'signature')).code).toBe('image.too_large');
    expect(refusal(() => checkImageDataUrl('data:image/gif;base64,R0lGOD', 'signature', 'signature')).code).toBe('image.invalid');
  });
});

describe('photos', () => {
  const photo = (w: number, h: number) => jpeg.encode({ width: w, height: h, data: Buffer.alloc(w * h * 4, 180) }, 80).data;

  it('accepts a JPEG or a PNG of sane size, plain or not', () => {
    expect(checkImageDataUrl(url('image/jpeg', photo(640, 480)), 'image', 'photo')).toMatchObject({
      contentType: 'image/jpeg',
      width: 640,
      height: 480,
    });
    expect(checkImageDataUrl(url('image/png', png(64, 48, [200, 220, 240, 255])), 'photos.0', 'photo').width).toBe(64);
  });

  it('refuses a JPEG header followed by zeros, a cut-off JPEG and a speck of 1×1', () => {
    const forged = Buffer.alloc(4096);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(forged);
    expect(refusal(() => checkImageDataUrl(url('image/jpeg', forged), 'image', 'photo'))).toEqual({
      code: 'image.invalid',
      field: 'image',
    });
    const cut = photo(640, 480).subarray(0, 300);
    expect(refusal(() => checkImageDataUrl(url('image/jpeg', cut), 'image', 'photo')).code).toBe('image.invalid');
    expect(refusal(() => checkImageDataUrl(url('image/jpeg', photo(1, 1)), 'photos.1', 'photo'))).toEqual({
      code: 'image.dimensions',
      field: 'photos.1',
    });
  });

  it('refuses a JPEG declaring more pixels than a photo may have', () => {
    const declared = Buffer.from(photo(64, 64));
    const sof = declared.indexOf(Buffer.from([0xff, 0xc0]));
    declared.writeUInt16BE(2500, sof + 5); // height
    declared.writeUInt16BE(8000, sof + 7); // width
    expect(refusal(() => checkImageDataUrl(url('image/jpeg', declared), 'image', 'photo')).code).toBe('image.dimensions');
  });
});

describe('inkOf', () => {
  it('counts the pixels that differ from the commonest colour and the box they span', () => {
    const rgba = new Uint8Array(10 * 5 * 4).fill(255);
    for (const [x, y] of [
      [2, 1],
      [7, 3],
    ] as const)
      rgba.set([0, 0, 0, 255], (y * 10 + x) * 4);
    expect(inkOf(rgba, 10, 5)).toEqual({ pixels: 2, spanX: 6, spanY: 3 });
    expect(inkOf(new Uint8Array(10 * 5 * 4), 10, 5)).toEqual({ pixels: 0, spanX: 0, spanY: 0 });
  });

  /** The rule as written: every pixel composed over white, the commonest colour's 16-level bin as the background. */
  function inkByDefinition(rgba: Uint8Array, width: number, height: number) {
    const over = (v: number, a: number) => Math.round((v * a + 255 * (255 - a)) / 255);
    const flat = Array.from({ length: width * height }, (_, i) => [0, 1, 2].map((c) => over(rgba[i * 4 + c]!, rgba[i * 4 + 3]!)));
    const bins = new Map<number, number>();
    for (const [r, g, b] of flat) {
      const bin = ((r! >> 4) << 8) | ((g! >> 4) << 4) | (b! >> 4);
      bins.set(bin, (bins.get(bin) ?? 0) + 1);
    }
    let mode = 0;
    for (const [bin, count] of [...bins].sort((p, q) => p[0] - q[0])) if (count > (bins.get(mode) ?? 0)) mode = bin;
    const bg = [((mode >> 8) << 4) + 8, (((mode >> 4) & 15) << 4) + 8, ((mode & 15) << 4) + 8];
    const ink = flat.flatMap((px, i) => (Math.max(...px.map((v, c) => Math.abs(v - bg[c]!))) >= 64 ? [i] : []));
    if (!ink.length) return { pixels: 0, spanX: 0, spanY: 0 };
    const xs = ink.map((i) => i % width);
    const ys = ink.map((i) => Math.floor(i / width));
    return { pixels: ink.length, spanX: Math.max(...xs) - Math.min(...xs) + 1, spanY: Math.max(...ys) - Math.min(...ys) + 1 };
  }

  it('agrees with the rule pixel by pixel on pads of runs, noise and half-transparent strokes, aligned or not', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let round = 0; round < 40; round++) {
      const width = 5 + Math.floor(random() * 60);
      const height = 5 + Math.floor(random() * 30);
      // one byte in front on odd rounds: a Buffer from Node's pool need not start on a 4-byte boundary
      const shift = round % 2;
      const store = new Uint8Array(width * height * 4 + shift);
      const rgba = store.subarray(shift);
      const pad = [255, 255, 255, round % 3 === 0 ? 0 : 255];
      for (let i = 0; i < width * height; i++) {
        const r = random();
        const px = r < 0.7 ? pad : r < 0.85 ? [10, 10, 10, Math.floor(random() * 256)] : [0, 1, 2, 3].map(() => Math.floor(random() * 256));
        rgba.set(px, i * 4);
      }
      // ink in both corners on some rounds: the first pixel starts a run in each pass, the last ends it
      if (round % 4 === 1) for (const i of [0, width * height - 1]) rgba.set([10, 10, 10, 255], i * 4);
      expect(inkOf(rgba, width, height), `round ${round}`).toEqual(inkByDefinition(rgba, width, height));
    }
  });
});
