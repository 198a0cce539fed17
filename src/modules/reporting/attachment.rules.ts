import { fieldError } from '../../platform/http/errors.js';

/** A report's file is at most 5 MB. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

const TYPES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.length > 8 && b[0] === 0x89 && b.toString('ascii', 1, 4) === 'PNG',
  'image/jpeg': (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'application/pdf': (b) => b.length > 5 && b.toString('ascii', 0, 5) === '%PDF-',
};

/** Decodes an uploaded file's data URL: a PNG, JPEG or PDF whose bytes are of its declared type (refusals on `field`). */
export function checkUpload(data: string, field: string): { contentType: string; bytes: Buffer } {
  const m = /^data:([a-z]+\/[a-z0-9.+-]+);base64,([A-Za-z0-9+/=]*)$/.exec(data);
  const check = m ? TYPES[m[1]!] : undefined;
  if (!m || !check) throw fieldError('unprocessable', 'reporting.attachment_type', field, 'a file is a PNG or JPEG image or a PDF');
  const bytes = Buffer.from(m[2]!, 'base64');
  if (bytes.length > ATTACHMENT_MAX_BYTES)
    throw fieldError('unprocessable', 'reporting.attachment_too_large', field, `a file is at most ${ATTACHMENT_MAX_BYTES} bytes`);
  if (!check(bytes)) throw fieldError('unprocessable', 'reporting.attachment_type', field, `the file's content is not ${m[1]}`);
  return { contentType: m[1]!, bytes };
}
