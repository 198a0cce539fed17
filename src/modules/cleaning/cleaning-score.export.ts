import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import type { PrintLocale } from '../../platform/print/messages.js';
import type * as s from './cleaning-score.schemas.js';

export async function exportScores(
  _ctx: UseCase,
  _q: z.infer<typeof s.scoreQuery>,
  _locale: PrintLocale,
): Promise<{ month: string; file: Buffer }> {
  throw new Error('cleaning score export: not built yet');
}
