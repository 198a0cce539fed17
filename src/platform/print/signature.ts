import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { decodeStoredImage } from '../image-check.js';
import { html, type SafeHtml } from './html.js';

/** The box a drawn signature fills on paper (X3): about 50 × 20 mm, as on the paper forms. */
export const SIGNATURE_BOX_MM = { width: 50, height: 20 } as const;
/** At most this many pixels a millimetre of the box (about 300 dpi, what an office laser printer prints). */
const PX_PER_MM = 12;
/** Strokes thinner than this on paper are thickened to it: a 0.6 mm pen line reads at arm's length. */
export const MIN_STROKE_MM = 0.6;
/** Darkness over the paper from which a pixel counts as ink (the upload check counts a difference of 64 too). */
const INK = 64;
/** Darkness below this is noise (JPEG ringing, a greyish pad) and prints as white paper. */
const NOISE = 24;
/** White pixels kept around the strokes. */
const MARGIN = 4;

/** A greyscale drawing as darkness: 0 is paper, 255 is black ink. */
export interface Darkness {
  width: number;
  height: number;
  d: Uint8Array;
}

/** Darkness of each pixel against the commonest shade (the pad), composed over white as it shows. */
export function darknessOf(rgba: Uint8Array, width: number, height: number): Darkness {
  const n = width * height;
  const lum = new Uint8Array(n);
  const histogram = new Uint32Array(256);
  for (let i = 0, p = 0; i < n; i++, p += 4) {
    // luminance (Rec. 601, in thousandths) of the pixel laid over white paper
    const a = rgba[p + 3]!;
    const y = (299 * rgba[p]! + 587 * rgba[p + 1]! + 114 * rgba[p + 2]!) / 1000;
    const v = (y * a + 255 * (255 - a)) / 255;
    lum[i] = v + 0.5;
    histogram[lum[i]!]!++;
  }
  let paper = 0;
  for (let k = 1; k < 256; k++) if (histogram[k]! >= histogram[paper]!) paper = k;
  const d = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = paper - lum[i]!;
    d[i] = v < NOISE ? 0 : v;
  }
  return { width, height, d };
}

/** The box the ink spans, or null for a blank drawing. */
export function inkBox(g: Darkness): { x0: number; y0: number; x1: number; y1: number } | null {
  let x0 = g.width;
  let y0 = g.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < g.height; y++)
    for (let x = 0; x < g.width; x++)
      if (g.d[y * g.width + x]! >= INK) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return x1 < 0 ? null : { x0, y0, x1, y1 };
}

/**
 * The strokes cut out of the pad and shrunk (never enlarged: the printer scales up without blur) to at most
 * PX_PER_MM over the signature box; each output pixel averages the source pixels it covers, with a white margin.
 */
export function cropAndShrink(g: Darkness, box: NonNullable<ReturnType<typeof inkBox>>): Darkness {
  const bw = box.x1 - box.x0 + 1;
  const bh = box.y1 - box.y0 + 1;
  const scale = Math.min(
    1,
    (SIGNATURE_BOX_MM.width * PX_PER_MM - 2 * MARGIN) / bw,
    (SIGNATURE_BOX_MM.height * PX_PER_MM - 2 * MARGIN) / bh,
  );
  const iw = Math.max(1, Math.ceil(bw * scale));
  const ih = Math.max(1, Math.ceil(bh * scale));
  const sum = new Float64Array(iw * ih);
  const count = new Uint32Array(iw * ih);
  for (let y = 0; y < bh; y++) {
    const ty = Math.min(ih - 1, Math.floor(y * scale));
    for (let x = 0; x < bw; x++) {
      const t = ty * iw + Math.min(iw - 1, Math.floor(x * scale));
      sum[t]! += g.d[(box.y0 + y) * g.width + box.x0 + x]!;
      count[t]!++;
    }
  }
  const width = iw + 2 * MARGIN;
  const height = ih + 2 * MARGIN;
  const d = new Uint8Array(width * height);
  for (let y = 0; y < ih; y++)
    for (let x = 0; x < iw; x++) d[(y + MARGIN) * width + x + MARGIN] = Math.round(sum[y * iw + x]! / Math.max(1, count[y * iw + x]!));
  return { width, height, d };
}

/**
 * Ink made black: the median darkness of the ink becomes full black and the rest follows in proportion, so
 * strokes that shrinking or a light pen left grey print dark, and their soft edges stay soft.
 */
export function normalise(g: Darkness): Darkness {
  const histogram = new Uint32Array(256);
  let inkPixels = 0;
  for (const v of g.d)
    if (v >= INK) {
      histogram[v]!++;
      inkPixels++;
    }
  if (!inkPixels) return g;
  let median = 255;
  for (let v = INK, seen = 0; v < 256; v++) {
    seen += histogram[v]!;
    if (seen * 2 >= inkPixels) {
      median = v;
      break;
    }
  }
  const d = g.d.map((v) => Math.min(255, Math.round((v * 255) / median)));
  return { ...g, d };
}

/**
 * The typical stroke width in pixels: twice the ink's area over its edge (a line w wide and L long has an
 * area of wL and about 2L edge pixels).
 */
export function strokeWidth(g: Darkness): number {
  const ink = (x: number, y: number) => x >= 0 && y >= 0 && x < g.width && y < g.height && g.d[y * g.width + x]! >= INK;
  let area = 0;
  let edge = 0;
  for (let y = 0; y < g.height; y++)
    for (let x = 0; x < g.width; x++) {
      if (!ink(x, y)) continue;
      area++;
      if (!ink(x - 1, y) || !ink(x + 1, y) || !ink(x, y - 1) || !ink(x, y + 1)) edge++;
    }
  return edge ? (2 * area) / edge : 0;
}

/** Every stroke widened by r pixels on each side (a round pen): each pixel takes the darkest within r of it. */
export function dilate(g: Darkness, r: number): Darkness {
  if (r <= 0) return g;
  const offsets: [number, number][] = [];
  for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (dx * dx + dy * dy <= r * r + r) offsets.push([dx, dy]);
  const d = new Uint8Array(g.d.length);
  for (let y = 0; y < g.height; y++)
    for (let x = 0; x < g.width; x++) {
      const v = g.d[y * g.width + x]!;
      if (!v) continue;
      for (const [dx, dy] of offsets) {
        const tx = x + dx;
        const ty = y + dy;
        if (tx < 0 || ty < 0 || tx >= g.width || ty >= g.height) continue;
        const t = ty * g.width + tx;
        if (d[t]! < v) d[t] = v;
      }
    }
  return { ...g, d };
}

/**
 * A stored signature re-drawn for paper (X3): cut to its strokes, shrunk to the signature box's print
 * resolution, made black, and strokes thinner than MIN_STROKE_MM (as printed in the box) thickened to it.
 * The stored original is never changed. Pure; null when the bytes hold no readable drawing.
 */
export function printableSignature(bytes: Uint8Array): { png: Buffer; width: number; height: number } | null {
  const decoded = decodeStoredImage(bytes, 'signature');
  if (!decoded) return null;
  const dark = darknessOf(decoded.rgba, decoded.width, decoded.height);
  const box = inkBox(dark);
  if (!box) return null;
  let g = normalise(cropAndShrink(dark, box));
  // pixels a millimetre once the image is fitted into the box
  const pxPerMm = Math.max(g.width / SIGNATURE_BOX_MM.width, g.height / SIGNATURE_BOX_MM.height);
  const wanted = MIN_STROKE_MM * pxPerMm;
  g = dilate(g, Math.min(8, Math.max(0, Math.ceil((wanted - strokeWidth(g)) / 2))));
  const png = new PNG({ width: g.width, height: g.height, colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
  png.data = Buffer.from(g.d.map((v) => 255 - v));
  return { png: PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }), width: g.width, height: g.height };
}

/** Re-drawn signatures by the hash of their bytes: a stored signature never changes, and forms are printed again. */
const redrawnCache = new Map<string, string>();
const CACHE_SIZE = 200;

/**
 * The signature as an image for a printed form, fitted to its box by CSS; a drawing that cannot be re-drawn
 * is shown as stored. Null when there are no bytes.
 */
export function signatureImage(bytes: Uint8Array | null, alt: string): SafeHtml | null {
  if (!bytes) return null;
  const key = createHash('sha256').update(bytes).digest('base64');
  let src = redrawnCache.get(key);
  if (src === undefined) {
    const redrawn = printableSignature(bytes);
    if (!redrawn)
      return html`<img class="sig" alt="${alt}" src="data:${bytes[0] === 0xff ? 'image/jpeg' : 'image/png'};base64,${Buffer.from(bytes).toString('base64')}">`;
    // at most 600 × 240 grey pixels, a few kilobytes each
    src = `data:image/png;base64,${redrawn.png.toString('base64')}`;
    if (redrawnCache.size >= CACHE_SIZE) redrawnCache.delete(redrawnCache.keys().next().value!);
    redrawnCache.set(key, src);
  }
  return html`<img class="sig" alt="${alt}" src="${src}">`;
}
