import type { z } from 'zod';
import type { UseCase } from '../../platform/context.js';
import type { Page } from '../../platform/http/list.js';
import type * as s from './cleaning-plan.schemas.js';

type PlanOut = z.infer<typeof s.planSchema>;
const notBuilt = (): never => {
  throw new Error('cleaning plans: not built yet');
};

export async function listPlans(_ctx: UseCase, _q: z.infer<typeof s.planListQuery>): Promise<Page<PlanOut>> {
  return notBuilt();
}
export async function createPlan(_ctx: UseCase, _body: z.infer<typeof s.planCreateBody>): Promise<PlanOut> {
  return notBuilt();
}
/** Also the history reader of `cleaning_plan`. */
export async function getPlan(_ctx: UseCase, _id: string): Promise<PlanOut> {
  return notBuilt();
}
export async function editPlan(_ctx: UseCase, _id: string, _body: z.infer<typeof s.planEditBody>): Promise<PlanOut> {
  return notBuilt();
}
