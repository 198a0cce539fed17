import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import type { Page } from '../../platform/http/list.js';
import type * as s from './cleaning-rectification.schemas.js';

type Detail = z.infer<typeof s.rectificationDetailSchema>;
const notBuilt = (): never => {
  throw new Error('cleaning rectifications: not built yet');
};

export async function listRectifications(
  _ctx: UseCase,
  _q: z.infer<typeof s.rectificationListQuery>,
): Promise<Page<z.infer<typeof s.rectificationSchema>>> {
  return notBuilt();
}
/** Also the history reader of `cleaning_rectification`. */
export async function getRectification(_ctx: UseCase, _id: string): Promise<Detail> {
  return notBuilt();
}
export async function fixRectification(_ctx: UseCase, _id: string, _body: z.infer<typeof s.fixBody>): Promise<Detail> {
  return notBuilt();
}
export async function recheckRectification(_ctx: UseCase, _id: string, _body: z.infer<typeof s.recheckBody>): Promise<Detail> {
  return notBuilt();
}
export async function rectificationPhoto(_ctx: UseCase, _id: string, _blobId: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  return notBuilt();
}
