import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import type { Page } from '../../platform/http/list.js';
import type * as s from './cleaning-inspection.schemas.js';

type Detail = z.infer<typeof s.inspectionDetailSchema>;
const notBuilt = (): never => {
  throw new Error('cleaning inspections: not built yet');
};

export async function listInspections(
  _ctx: UseCase,
  _q: z.infer<typeof s.inspectionListQuery>,
): Promise<Page<z.infer<typeof s.inspectionSchema>>> {
  return notBuilt();
}
export async function startSpotCheck(_ctx: UseCase, _body: z.infer<typeof s.spotCheckBody>): Promise<Detail> {
  return notBuilt();
}
/** Also the history reader of `cleaning_inspection`. */
export async function getInspection(_ctx: UseCase, _id: string): Promise<Detail> {
  return notBuilt();
}
export async function recordResults(
  _ctx: UseCase,
  _id: string,
  _body: z.infer<typeof s.recordBody>,
  _key: string | undefined,
): Promise<Detail> {
  return notBuilt();
}
export async function inspectionPhoto(_ctx: UseCase, _id: string, _blobId: string): Promise<{ contentType: string; bytes: Uint8Array }> {
  return notBuilt();
}
