import type { JobKind } from '../platform/jobs/job.types.js';
import { planVisitsJob } from './agreements/agreement.jobs.js';
import { callbackDrawJob } from './callbacks/callback-draw.service.js';
import { complianceJobKinds } from './compliance/compliance.jobs.js';
import { priceCheckJob } from './orders/order-price-check.service.js';

/** Every module's job kinds. A module that schedules work adds its kinds here. */
export const JOB_KINDS: JobKind[] = [...complianceJobKinds, priceCheckJob, planVisitsJob, callbackDrawJob];
