import { createHash } from 'node:crypto';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { demoSignature } from '../seed/demo.signature.js';
import { DomainError } from './http/errors.js';
import { checkImage, INLINE_PIXELS, imageWorker } from './images.js';

const photo = (w: number, h: number) =>
  `data:image/jpeg;base64,${Buffer.from(jpeg.encode({ width: w, height: h, data: Buffer.alloc(w * h * 4, 180) }, 80).data).toString('base64')}`;

/** A phone-sized signature (too large to check on the event loop): a wavy stroke on white, or a blank pad. */
function phoneSignature(w = 900, h = 300, drawn = true): string {
  const img = new PNG({ width: w, height: h });
  img.data.fill(255);
  for (let x = 40; drawn && x < w - 40; x++)
    for (let dy = -2; dy <= 2; dy++) img.data.set([17, 17, 17, 255], ((Math.round(h / 2 + (h / 4) * Math.sin(x / 50)) + dy) * w + x) * 4);
  return `data:image/png;base64,${PNG.sync.write(img).toString('base64')}`;
}

async function refusal(p: Promise<unknown>): Promise<{ status: string; code: string; field: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return { status: e.kind, code: e.code, field: e.errors[0]?.field ?? '' };
    throw e;
  }
  throw new Error('accepted');
}

describe('checkImage (in the image worker)', () => {
  const idleMs = imageWorker.idleMs;
  afterEach(() => {
    imageWorker.idleMs = idleMs;
  });

  it('answers a signature with its bytes, type, size and checksum', async () => {
    const url = phoneSignature();
    const image = await checkImage(url, 'signature', 'signature');
    expect(image).toMatchObject({ contentType: 'image/png', width: 900, height: 300 });
    expect(Buffer.from(image.bytes).equals(Buffer.from(url.split(',')[1]!, 'base64'))).toBe(true);
    // the blob row takes this checksum as it is (storeFile does not hash the bytes again)
    expect(image.sha256).toBe(createHash('sha256').update(image.bytes).digest('hex'));
  });

  it('refuses as a 422 field error with the stable code and the field it was given', async () => {
    expect(await refusal(checkImage('data:image/gif;base64,R0lGOD', 'photos.2', 'photo'))).toEqual({
      status: 'unprocessable',
      code: 'image.invalid',
      field: 'photos.2',
    });
    const cut = `data:image/png;base64,${Buffer.from(phoneSignature().split(',')[1]!, 'base64').subarray(0, 400).toString('base64')}`;
    expect(await refusal(checkImage(cut, 'ownerSignature', 'signature'))).toMatchObject({ code: 'image.invalid', field: 'ownerSignature' });
    expect(await refusal(checkImage(phoneSignature(600, 200, false), 'signature', 'signature'))).toMatchObject({ code: 'signature.blank' });
  });

  it('answers several images sent at once each with its own, and the first refused is the lowest field', async () => {
    const urls = [photo(64, 48), 'data:image/png;base64,AAAA', photo(32, 32), 'data:image/png;base64,BBBB'];
    const answers = await Promise.allSettled(urls.map((u, i) => checkImage(u, `photos.${i}`, 'photo')));
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value.width : 'refused'))).toEqual([64, 'refused', 32, 'refused']);
    expect(await refusal(Promise.all(urls.map((u, i) => checkImage(u, `photos.${i}`, 'photo'))))).toMatchObject({ field: 'photos.1' });
  });

  it('leaves the event loop free while a large photo is decoded', async () => {
    await checkImage(photo(16, 16), 'image', 'photo'); // the worker is up
    let turns = 0;
    let answered = false;
    const spin = () => {
      if (answered) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    await checkImage(photo(2000, 1500), 'image', 'photo').then(() => {
      answered = true;
    });
    // decoded on this thread, no turn of the loop would come between the call and its answer
    expect(turns).toBeGreaterThan(10);
  });

  it('checks a small signature on this thread, with the same answers, and starts no worker for it', async () => {
    imageWorker.idleMs = 50;
    await checkImage(photo(16, 16), 'image', 'photo');
    await expect.poll(() => imageWorker.runs(), { timeout: 5000 }).toBe(false);
    expect(240 * 80).toBeLessThanOrEqual(INLINE_PIXELS);
    expect(await checkImage(demoSignature(2), 'signature', 'signature')).toMatchObject({ contentType: 'image/png', width: 240 });
    expect(await refusal(checkImage(demoSignature(2).slice(0, 200), 'officeSignature', 'signature'))).toMatchObject({
      status: 'unprocessable',
      code: 'image.invalid',
      field: 'officeSignature',
    });
    expect(imageWorker.runs()).toBe(false);
  });

  it('ends the worker when no image has come for a while, and starts it again for the next', async () => {
    imageWorker.idleMs = 50;
    await checkImage(photo(16, 16), 'image', 'photo');
    expect(imageWorker.runs()).toBe(true);
    await expect.poll(() => imageWorker.runs(), { timeout: 5000 }).toBe(false);
    expect((await checkImage(photo(20, 16), 'image', 'photo')).width).toBe(20);
  });
});
