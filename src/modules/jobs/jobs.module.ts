import type { ModuleManifest } from '../../platform/modules.js';
import { jobsPermissions, jobsRoleDefaults } from './jobs.permissions.js';
import { jobsRoutes } from './jobs.routes.js';
import { jobRuns, jobsAbilities } from './jobs.service.js';

/** The jobs page and the demo clock over the platform's job runner (the job kinds come from each module). */
export const jobsModule: ModuleManifest = {
  name: 'jobs',
  clauses: [],
  permissions: jobsPermissions,
  roleDefaults: jobsRoleDefaults,
  routes: jobsRoutes,
  historyReaders: { job: jobRuns },
  abilities: (_a, ctx) => jobsAbilities(ctx),
};
