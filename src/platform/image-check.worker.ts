// The image worker's program (started by `images.ts`): checks one image per message, in the order they came.
import { parentPort } from 'node:worker_threads';
import { checkImageDataUrl, ImageRefusal } from './image-check.js';
import type { ImageAnswer, ImageQuestion } from './images.js';

const port = parentPort;
if (!port) throw new Error('image-check.worker.ts runs as a worker thread');

port.on('message', (q: ImageQuestion) => {
  let answer: ImageAnswer;
  try {
    const image = checkImageDataUrl(q.dataUrl, q.field, q.purpose);
    // the bytes are handed over, not copied, so they need a buffer of their own (a small file's shares Node's pool)
    const own = image.bytes.byteOffset === 0 && image.bytes.byteLength === image.bytes.buffer.byteLength;
    const bytes = own ? image.bytes : new Uint8Array(image.bytes);
    answer = { id: q.id, image: { ...image, bytes } };
    port.postMessage(answer, [bytes.buffer as ArrayBuffer]);
    return;
  } catch (e) {
    answer =
      e instanceof ImageRefusal
        ? { id: q.id, refusal: { code: e.code, field: e.field, message: e.message } }
        : { id: q.id, failure: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(answer);
});
