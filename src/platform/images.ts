import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fieldError } from './http/errors.js';
import { type CheckedImage, checkImageDataUrl, type ImagePurpose, ImageRefusal, pngSize } from './image-check.js';

export type { CheckedImage, ImagePurpose } from './image-check.js';

/**
 * Uploaded images (signatures, photos) are checked in a worker thread, not on the event loop: decoding is pure
 * JavaScript (a phone's signature about 10 ms, a photo about 0.2 s a megapixel) and every other request would wait
 * for it. One worker takes the images in the order they come, started by the first and ended once none has come
 * for `imageWorker.idleMs`, as the checkpointer is: an idle server holds no thread for it.
 *
 * A small PNG (at most `INLINE_PIXELS`, read from its header) is checked on the event loop: about a millisecond
 * there (a browser's RGBA pad of 240×80: 1.2 ms), where handing it to the worker and back cost more CPU under load
 * than it saved (`docs/decisions.md`). A phone's signature (900×300: 10.5 ms) and every JPEG go to the worker.
 */
export const INLINE_PIXELS = 20_000;

/** A PNG data URL's pixels from its header (the first 44 base64 characters hold it), or null for anything else. */
function pngPixels(dataUrl: string): number | null {
  const prefix = 'data:image/png;base64,';
  if (!dataUrl.startsWith(prefix)) return null;
  const size = pngSize(Buffer.from(dataUrl.slice(prefix.length, prefix.length + 44), 'base64'));
  return size ? size.width * size.height : null;
}

/** A refusal of the check as the API answers it. */
const refused = (r: { code: string; field: string; message: string }) => fieldError('unprocessable', r.code, r.field, r.message);

export const imageWorker = {
  /** How long the worker waits for another image before it ends. */
  idleMs: 20_000,
  /** Whether it runs now. */
  runs: (): boolean => worker !== null,
};

export interface ImageQuestion {
  id: number;
  dataUrl: string;
  field: string;
  purpose: ImagePurpose;
}

export type ImageAnswer =
  | { id: number; image: CheckedImage }
  | { id: number; refusal: { code: string; field: string; message: string } }
  | { id: number; failure: string };

interface Waiting {
  resolve: (image: CheckedImage) => void;
  reject: (e: Error) => void;
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let lastId = 0;
const waiting = new Map<number, Waiting>();

/**
 * The worker's program: the build's file beside the server's bundle (`scripts/build-server.mjs`), or, run from the
 * sources (the tests, `npm run dev`), the same entry bundled in memory once by esbuild.
 */
let bundled: string | null = null;
function program(): { file: URL } | { code: string } {
  const built = new URL('./image-check.worker.cjs', import.meta.url);
  if (fs.existsSync(built)) return { file: built };
  if (bundled === null) {
    const esbuild: typeof import('esbuild') = createRequire(import.meta.url)('esbuild');
    const result = esbuild.buildSync({
      entryPoints: [fileURLToPath(new URL('./image-check.worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      logLevel: 'warning',
    });
    bundled = result.outputFiles[0]!.text;
  }
  return { code: bundled };
}

function fail(w: Worker, why: string) {
  if (worker !== w) return;
  worker = null;
  if (idleTimer) clearTimeout(idleTimer);
  const error = new Error(`the image worker failed: ${why}`);
  for (const wait of waiting.values()) wait.reject(error);
  waiting.clear();
}

function answered(a: ImageAnswer) {
  const wait = waiting.get(a.id);
  if (!wait) return;
  waiting.delete(a.id);
  if ('image' in a) wait.resolve(a.image);
  else if ('refusal' in a) wait.reject(refused(a.refusal));
  else wait.reject(new Error(`the image check failed: ${a.failure}`));
  if (waiting.size === 0 && worker) {
    // nothing waits for it: the worker no longer keeps the process alive, and ends if no image comes
    worker.unref();
    const idle = worker;
    idleTimer = setTimeout(() => {
      if (worker !== idle || waiting.size) return;
      worker = null;
      void idle.terminate();
    }, imageWorker.idleMs);
    idleTimer.unref();
  }
}

function start(): Worker {
  const p = program();
  const w = 'file' in p ? new Worker(p.file) : new Worker(p.code, { eval: true });
  w.on('message', answered);
  w.on('error', (e) => fail(w, e.message));
  w.on('exit', (code) => fail(w, `it exited (${code})`));
  return w;
}

/**
 * Checks `data:image/png;base64,…` (or JPEG) for its purpose, in the image worker unless it is a small PNG: the bytes
 * must decode as that image type within the purpose's bounds, and a signature must hold drawn strokes. Refusals are
 * 422 field errors.
 */
export async function checkImage(dataUrl: string, field: string, purpose: ImagePurpose): Promise<CheckedImage> {
  const pixels = pngPixels(dataUrl);
  if (pixels !== null && pixels <= INLINE_PIXELS)
    try {
      return checkImageDataUrl(dataUrl, field, purpose);
    } catch (e) {
      throw e instanceof ImageRefusal ? refused(e) : e;
    }
  worker ??= start();
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (waiting.size === 0) worker.ref();
  const id = ++lastId;
  const answer = new Promise<CheckedImage>((resolve, reject) => waiting.set(id, { resolve, reject }));
  worker.postMessage({ id, dataUrl, field, purpose } satisfies ImageQuestion);
  return answer;
}
