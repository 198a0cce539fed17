import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import type * as s from './cleaning-standard.schemas.js';

type Library = z.infer<typeof s.librarySchema>;
type StandardOut = z.infer<typeof s.standardSchema>;
const notBuilt = (): never => {
  throw new Error('cleaning standards: not built yet');
};

export async function getLibrary(_ctx: UseCase, _q: z.infer<typeof s.libraryQuery>): Promise<Library> {
  return notBuilt();
}
export async function createStandard(_ctx: UseCase, _body: z.infer<typeof s.standardCreateBody>): Promise<StandardOut> {
  return notBuilt();
}
export async function listVersions(_ctx: UseCase, _id: string): Promise<z.infer<typeof s.versionsSchema>> {
  return notBuilt();
}
export async function editStandard(_ctx: UseCase, _id: string, _body: z.infer<typeof s.standardEditBody>): Promise<StandardOut> {
  return notBuilt();
}
export async function retireStandard(_ctx: UseCase, _id: string, _body: z.infer<typeof s.standardRetireBody>): Promise<StandardOut> {
  return notBuilt();
}
export async function adoptLibrary(_ctx: UseCase, _estateId: string): Promise<Library> {
  return notBuilt();
}
/** History reader of `cleaning_standard`. */
export async function readStandard(_ctx: UseCase, _id: string): Promise<StandardOut> {
  return notBuilt();
}
