import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { demoSignature } from '../seed/demo.signature.js';
import { DomainError } from './http/errors.js';
import { decodeImageDataUrl, inkOf } from './images.js';

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
    if (e instanceof DomainError) return { code: e.code, field: e.errors[0]?.field ?? '' };
    throw e;
  }
  throw new Error('accepted');
}

describe('signature images', () => {
  it('refuses a PNG header followed by zeros (it was accepted from its first 4 bytes)', () => {
    const forged = Buffer.alloc(4096);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(forged);
    expect(refusal(() => decodeImageDataUrl(url('image/png', forged), 'signature', 'signature'))).toEqual({
      code: 'image.invalid',
      field: 'signature',
    });
  });

  it('refuses a PNG whose data was altered (its checksum no longer matches)', () => {
    const good = png(240, 80, WHITE, stroke);
    const at = good.length - 20;
    good.writeUInt8(good.readUInt8(at) ^ 0xff, at);
    expect(refusal(() => decodeImageDataUrl(url('image/png', good), 'signature', 'signature')).code).toBe('image.invalid');
  });

  it('accepts strokes on white, strokes on a transparent pad, and the demo signature', () => {
    const onWhite = decodeImageDataUrl(url('image/png', png(240, 80, WHITE, stroke)), 'signature', 'signature');
    expect(onWhite).toMatchObject({ contentType: 'image/png', width: 240, height: 80 });
    expect(decodeImageDataUrl(url('image/png', png(240, 80, CLEAR, stroke)), 'signature', 'signature').width).toBe(240);
    const blueInk: Paint = (x, y) => (stroke(x, y) ? [20, 60, 220, 255] : null);
    expect(decodeImageDataUrl(url('image/png', png(240, 80, CLEAR, blueInk)), 'signature', 'signature').height).toBe(80);
    expect(decodeImageDataUrl(demoSignature(3), 'signature', 'signature').width).toBe(240);
  });

  it('refuses a blank pad, white or transparent, and a single tap', () => {
    for (const bg of [WHITE, CLEAR, [0, 0, 0, 255] as [number, number, number, number]])
      expect(refusal(() => decodeImageDataUrl(url('image/png', png(240, 80, bg)), 'ownerSignature', 'signature'))).toEqual({
        code: 'signature.blank',
        field: 'ownerSignature',
      });
    const tap: Paint = (x, y) => ((x - 100) ** 2 + (y - 40) ** 2 <= 9 ? [0, 0, 0, 255] : null);
    expect(refusal(() => decodeImageDataUrl(url('image/png', png(240, 80, WHITE, tap)), 'signature', 'signature')).code).toBe(
      'signature.blank',
    );
  });

  it('refuses an image too small to sign on, and a huge one before inflating it', () => {
    expect(refusal(() => decodeImageDataUrl(url('image/png', png(1, 1, [0, 0, 0, 255])), 'signature', 'signature')).code).toBe(
      'image.dimensions',
    );
    const huge = png(64, 64, WHITE, stroke);
    huge.writeUInt32BE(100_000, 16); // IHDR width
    expect(refusal(() => decodeImageDataUrl(url('image/png', huge), 'signature', 'signature')).code).toBe('image.dimensions');
  });

  it('refuses bytes over the limit and what is not a data URL', () => {
    const big = Buffer.alloc(600 * 1024, 1);
    expect(refusal(() => decodeImageDataUrl(url('image/png', big), 'signature', 'signature')).code).toBe('image.too_large');
    expect(refusal(() => decodeImageDataUrl('data:image/gif;base64,R0lGOD', 'signature', 'signature')).code).toBe('image.invalid');
  });
});

describe('photos', () => {
  const photo = (w: number, h: number) => jpeg.encode({ width: w, height: h, data: Buffer.alloc(w * h * 4, 180) }, 80).data;

  it('accepts a JPEG or a PNG of sane size, plain or not', () => {
    expect(decodeImageDataUrl(url('image/jpeg', photo(640, 480)), 'image', 'photo')).toMatchObject({
      contentType: 'image/jpeg',
      width: 640,
      height: 480,
    });
    expect(decodeImageDataUrl(url('image/png', png(64, 48, [200, 220, 240, 255])), 'photos.0', 'photo').width).toBe(64);
  });

  it('refuses a JPEG header followed by zeros, a cut-off JPEG and a speck of 1×1', () => {
    const forged = Buffer.alloc(4096);
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(forged);
    expect(refusal(() => decodeImageDataUrl(url('image/jpeg', forged), 'image', 'photo'))).toEqual({
      code: 'image.invalid',
      field: 'image',
    });
    const cut = photo(640, 480).subarray(0, 300);
    expect(refusal(() => decodeImageDataUrl(url('image/jpeg', cut), 'image', 'photo')).code).toBe('image.invalid');
    expect(refusal(() => decodeImageDataUrl(url('image/jpeg', photo(1, 1)), 'photos.1', 'photo'))).toEqual({
      code: 'image.dimensions',
      field: 'photos.1',
    });
  });

  it('refuses a JPEG declaring more pixels than a photo may have', () => {
    const declared = Buffer.from(photo(64, 64));
    const sof = declared.indexOf(Buffer.from([0xff, 0xc0]));
    declared.writeUInt16BE(2500, sof + 5); // height
    declared.writeUInt16BE(8000, sof + 7); // width
    expect(refusal(() => decodeImageDataUrl(url('image/jpeg', declared), 'image', 'photo')).code).toBe('image.dimensions');
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
});
