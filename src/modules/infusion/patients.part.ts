import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/modules.js';
import { INFUSION_READ } from './infusion.permissions.js';
import { seedInfusionBase } from './infusion-base.demo.js';

/** Part of the home-infusion module: nursing teams and their areas, patients and their eligibility (A5.1, A5.8). */
export const patientsPart: ModulePart = {
  demo: seedInfusionBase,
  abilities: (a) => ({ infusion: hasAnywhere(a, INFUSION_READ) }),
};
