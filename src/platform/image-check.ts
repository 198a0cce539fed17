import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/**
 * The check of an uploaded image, pure and synchronous: it runs in the image worker (`images.ts`), so it imports
 * nothing of the server's HTTP layer and tells a refusal by `ImageRefusal`, turned into a field error there.
 *
 * What an uploaded image is for. A signature must hold drawn strokes; a photo must be a picture of a
 * sane size. Both must decode whole: a valid header followed by anything else is refused.
 */
export type ImagePurpose = 'signature' | 'photo';

interface Bounds {
  maxBytes: number;
  minSide: number;
  maxSide: number;
  /** Decoded pixels at most: a small file cannot inflate to gigabytes of RGBA. */
  maxPixels: number;
}

/**
 * Decoding is pure JavaScript (about 0.2 s a megapixel for JPEG, in the image worker), so the
 * bounds also cap that: a phone's signature pad is about 1 MP, the web app scales photos to 1600 px.
 */
export const IMAGE_BOUNDS: Record<ImagePurpose, Bounds> = {
  signature: { maxBytes: 512 * 1024, minSide: 16, maxSide: 4096, maxPixels: 2_000_000 },
  photo: { maxBytes: 2 * 1024 * 1024, minSide: 16, maxSide: 8192, maxPixels: 8_000_000 },
};

/** A signature needs at least this many ink pixels… */
export const MIN_INK_PIXELS = 40;
/** …spread over a box whose longer side is at least this many pixels (a tap or a speck is not a signature). */
export const MIN_INK_SPAN = 24;
/** A pixel is ink when one of its channels, over white, differs this much from the background. */
const INK_CONTRAST = 64;

export interface CheckedImage {
  contentType: 'image/png' | 'image/jpeg';
  bytes: Uint8Array;
  sha256: string;
  width: number;
  height: number;
}

/** An image refused for its field (every one answers 422 with this code). */
export class ImageRefusal extends Error {
  constructor(
    readonly code: string,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (field: string) => new ImageRefusal('image.invalid', field, 'the image data is not a valid PNG or JPEG image');

/** Width and height from a PNG's IHDR chunk, read before decoding so no oversized image is inflated. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 33 || !magic.every((b, i) => bytes[i] === b) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function checkSize(width: number, height: number, b: Bounds, field: string) {
  if (width < b.minSide || height < b.minSide || width > b.maxSide || height > b.maxSide || width * height > b.maxPixels)
    throw new ImageRefusal(
      'image.dimensions',
      field,
      `the image must be ${b.minSide}–${b.maxSide} pixels a side and at most ${b.maxPixels} pixels; it is ${width}×${height}`,
    );
}

/** Decodes to 8-bit RGBA with pngjs or jpeg-js, refusing anything they cannot read to its end. */
function decodePixels(contentType: CheckedImage['contentType'], bytes: Buffer, b: Bounds, field: string) {
  if (contentType === 'image/png') {
    const size = pngSize(bytes);
    if (!size) throw invalid(field);
    checkSize(size.width, size.height, b, field);
    try {
      const png = PNG.sync.read(bytes, { checkCRC: true });
      return { width: png.width, height: png.height, rgba: png.data as Uint8Array };
    } catch {
      throw invalid(field);
    }
  }
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) throw invalid(field);
  let img: { width: number; height: number; data: Uint8Array };
  try {
    img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: b.maxPixels / 1_000_000,
      // decoding holds each component as 16-bit blocks beside the RGBA output: about 16 bytes a pixel
      maxMemoryUsageInMB: Math.ceil((b.maxPixels * 16) / 1_000_000),
    });
  } catch (e) {
    if (e instanceof Error && /maxResolutionInMP|maxMemoryUsageInMB/.test(e.message))
      throw new ImageRefusal('image.dimensions', field, `the image has more than ${b.maxPixels} pixels`);
    throw invalid(field);
  }
  checkSize(img.width, img.height, b, field);
  return { width: img.width, height: img.height, rgba: img.data };
}

/**
 * The pixels of an image already stored (it was checked when it came in): PNG or JPEG told by its first
 * bytes, within the purpose's bounds; null when it cannot be read, so a print shows "not signed" rather than fail.
 */
export function decodeStoredImage(bytes: Uint8Array, purpose: ImagePurpose): { width: number; height: number; rgba: Uint8Array } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = buf[0] === 0x89 ? 'image/png' : buf[0] === 0xff ? 'image/jpeg' : null;
  if (!type) return null;
  try {
    return decodePixels(type, buf, IMAGE_BOUNDS[purpose], 'image');
  } catch {
    return null;
  }
}

/** A channel's value composed over white at an opacity, `OVER_WHITE[alpha * 256 + value]`: a lookup, not a division per channel. */
const OVER_WHITE = (() => {
  const table = new Uint8Array(256 * 256);
  for (let a = 0; a < 256; a++) for (let v = 0; v < 256; v++) table[a * 256 + v] = Math.round((v * a + 255 * (255 - a)) / 255);
  return table;
})();

/** The pixels as 32-bit words (one load a pixel, to tell a run of equal pixels); copied when not 4-byte aligned. */
function pixelWords(rgba: Uint8Array, count: number): Uint32Array {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba.subarray(0, count * 4));
  return new Uint32Array(aligned.buffer, aligned.byteOffset, count);
}

/** A pixel's channels composed over white (`OVER_WHITE`, by its alpha). */
function overWhite(rgba: Uint8Array, j: number): { r: number; g: number; b: number } {
  const alpha = rgba[j + 3]! * 256;
  return { r: OVER_WHITE[alpha + rgba[j]!]!, g: OVER_WHITE[alpha + rgba[j + 1]!]!, b: OVER_WHITE[alpha + rgba[j + 2]!]! };
}

/**
 * Counts the ink of a drawing: pixels (composed over white, as it is shown and printed) that differ
 * clearly from the background, taken as the commonest colour; and the box they span. Pure.
 *
 * A pad is mostly long runs of one colour, so one scan of 32-bit words splits it into runs, and both passes (the
 * background, then the ink) work a run's colour out once: a phone's pad (1080×450) took 4.8 ms when every pixel was
 * composed and copied, and a browser's pad (240×80) 0.13 ms rather than 0.05 when both passes visited every pixel.
 */
export function inkOf(rgba: Uint8Array, width: number, height: number): { pixels: number; spanX: number; spanY: number } {
  const count = width * height;
  if (count === 0) return { pixels: 0, spanX: 0, spanY: 0 };
  const words = pixelWords(rgba, count);
  // one scan of 32-bit words splits the pixels into runs of one colour: where each starts (and `count` at the end)
  const starts: number[] = [0];
  for (let i = 1, prev = words[0]!; i < count; i++)
    if (words[i] !== prev) {
      prev = words[i]!;
      starts.push(i);
    }
  starts.push(count);
  const histogram = new Uint32Array(4096);
  for (let k = 0; k < starts.length - 1; k++) {
    const c = overWhite(rgba, starts[k]! * 4);
    histogram[((c.r >> 4) << 8) | ((c.g >> 4) << 4) | (c.b >> 4)]! += starts[k + 1]! - starts[k]!;
  }
  let mode = 0;
  for (let k = 1; k < histogram.length; k++) if (histogram[k]! > histogram[mode]!) mode = k;
  const bgR = ((mode >> 8) << 4) + 8;
  const bgG = (((mode >> 4) & 15) << 4) + 8;
  const bgB = ((mode & 15) << 4) + 8;
  let pixels = 0;
  let minX = width;
  let minY = height;
  let maxX = -1;
  let maxY = -1;
  for (let k = 0; k < starts.length - 1; k++) {
    const i = starts[k]!;
    const end = starts[k + 1]!;
    const c = overWhite(rgba, i * 4);
    if (Math.max(Math.abs(c.r - bgR), Math.abs(c.g - bgG), Math.abs(c.b - bgB)) < INK_CONTRAST) continue;
    // the run goes from (x0, y0) to (x1, y1); over a row's end it holds a row's last and the next row's first pixel
    const y0 = Math.floor(i / width);
    const y1 = Math.floor((end - 1) / width);
    pixels += end - i;
    minX = Math.min(minX, y1 > y0 ? 0 : i - y0 * width);
    maxX = Math.max(maxX, y1 > y0 ? width - 1 : end - 1 - y1 * width);
    minY = Math.min(minY, y0);
    maxY = Math.max(maxY, y1);
  }
  return pixels ? { pixels, spanX: maxX - minX + 1, spanY: maxY - minY + 1 } : { pixels: 0, spanX: 0, spanY: 0 };
}

/**
 * Decodes `data:image/png;base64,…` (or JPEG) for its purpose: the bytes must decode as that image
 * type within the purpose's size bounds, and a signature must hold drawn strokes, not a blank pad.
 */
export function checkImageDataUrl(dataUrl: string, field: string, purpose: ImagePurpose): CheckedImage {
  const b = IMAGE_BOUNDS[purpose];
  const m = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!m) throw new ImageRefusal('image.invalid', field, 'expected a PNG or JPEG data URL');
  const contentType = m[1] as CheckedImage['contentType'];
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length > b.maxBytes) throw new ImageRefusal('image.too_large', field, `the image is larger than ${b.maxBytes} bytes`);
  const { width, height, rgba } = decodePixels(contentType, bytes, b, field);
  if (purpose === 'signature') {
    const ink = inkOf(rgba, width, height);
    if (ink.pixels < MIN_INK_PIXELS || Math.max(ink.spanX, ink.spanY) < MIN_INK_SPAN)
      throw new ImageRefusal('signature.blank', field, 'the signature holds no drawn strokes');
  }
  return { contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), width, height };
}
