import type { JobKind } from '../platform/jobs/job.types.js';
import { planVisitsJob } from './agreements/agreement.jobs.js';
import { callbackDrawJob } from './callbacks/callback-draw.service.js';
import { complianceJobKinds } from './compliance/compliance.jobs.js';

/** Every module's job kinds. A module that schedules work adds its kinds here. */
export const JOB_KINDS: JobKind[] = [...complianceJobKinds, planVisitsJob, callbackDrawJob];
