import type { UseCase } from '../../platform/context.js';
import { type ParamRegion, paramRegions } from './param-regions.rules.js';
import type { ParamKey } from './params.catalog.js';
import { overridesUnder } from './params.repo.js';
import { paramAt } from './params.service.js';

export type { ParamRegion };

/**
 * The parts of a subtree that each take one value of a parameter (the subtree's own value, and each
 * node below that sets another), so a monitor over HQ applies every office's own value.
 */
export async function paramRegionsUnder(ctx: UseCase, scopePath: string, key: ParamKey): Promise<ParamRegion[]> {
  const [value, overrides] = await Promise.all([paramAt(ctx, scopePath, key), overridesUnder(ctx.db, ctx.actor.tenantId, scopePath, key)]);
  return paramRegions(scopePath, value, overrides);
}
