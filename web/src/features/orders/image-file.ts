/**
 * Each photo stays under this many characters of data URL, so three fit in one request to the
 * server (its body limit is 1 MB) and a phone on a weak signal can still send them.
 */
const MAX_DATA_URL = 300_000;
/** Sizes and qualities tried in turn, largest first, until a photo fits. */
const ATTEMPTS = [
  { side: 1600, quality: 0.82 },
  { side: 1280, quality: 0.75 },
  { side: 1024, quality: 0.7 },
  { side: 800, quality: 0.6 },
];

/**
 * Reads a chosen image file as a JPEG data URL, scaled down until it fits MAX_DATA_URL: a phone's
 * 12-megapixel photo becomes a couple of hundred kilobytes. Refuses what is not an image.
 */
export async function imageFileToDataUrl(file: File): Promise<string> {
  if (!file.type.startsWith('image/')) throw new Error('image.invalid');
  const bitmap = await createImageBitmap(file);
  try {
    let url = '';
    for (const { side, quality } of ATTEMPTS) {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('image.invalid');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      url = canvas.toDataURL('image/jpeg', quality);
      if (url.length <= MAX_DATA_URL) return url;
    }
    return url;
  } finally {
    bitmap.close();
  }
}
