import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import type * as s from './cleaning-score.schemas.js';

export async function monthScores(_ctx: UseCase, _q: z.infer<typeof s.scoreQuery>): Promise<z.infer<typeof s.scoreSchema>> {
  throw new Error('cleaning scores: not built yet');
}
