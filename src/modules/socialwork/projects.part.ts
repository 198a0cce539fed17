import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { projectRoutes } from './project.routes.js';
import { getProject } from './project.service.js';
import { SW_APPROVE, SW_EXECUTE, SW_READ, SW_SUPERVISE } from './socialwork.permissions.js';
import { socialworkRefs } from './socialwork.refs.js';
import { seedSocialworkBase } from './socialwork-base.demo.js';

/** Part of the social-work module: the project record, its executor and supervisor, the menu's abilities. */
export const projectsPart: ModulePart = {
  routes: projectRoutes,
  historyReaders: { sw_project: getProject },
  recordRefs: socialworkRefs,
  demo: seedSocialworkBase,
  abilities: (a) => ({
    socialwork: hasAnywhere(a, SW_READ),
    executeSocialwork: hasAnywhere(a, SW_EXECUTE),
    approveSocialwork: hasAnywhere(a, SW_APPROVE),
    superviseSocialwork: hasAnywhere(a, SW_SUPERVISE),
  }),
};
