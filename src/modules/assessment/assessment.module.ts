import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { readAnnual } from './annual.service.js';
import { seedAssessment } from './assessment.demo.js';
import { ASSESSMENT_MANAGE, ASSESSMENT_READ, assessmentPermissions, assessmentRoleDefaults } from './assessment.permissions.js';
import { assessmentRoutes } from './assessment.routes.js';
import { criteriaRefs, readCriteria } from './criteria.service.js';
import { assessmentMigrations } from './migrations/assessment.migrations.js';
import { readResponsibility } from './responsibility.service.js';
import { readReward } from './reward.service.js';

const TEST = 'test/integration/assessment.test.ts';

/**
 * 考核奖惩 of the community workstation (篇一 A1.6): each staff member's posted responsibilities, the assessment
 * criteria with weights per node and year, rewards and penalties through the year, and the year-end assessment
 * beside the person's real figures of the year, which every other module names through `personFigures`.
 */
export const assessmentModule: ModuleManifest = {
  name: 'assessment',
  clauses: ['A1.6'],
  migrations: [assessmentMigrations],
  permissions: assessmentPermissions,
  roleDefaults: assessmentRoleDefaults,
  routes: assessmentRoutes,
  historyReaders: {
    post_responsibility: readResponsibility,
    assessment_criteria: readCriteria,
    reward_penalty: readReward,
    annual_assessment: readAnnual,
  },
  recordRefs: { assessment_criteria: criteriaRefs },
  uniqueRules: [
    {
      index: 'post_responsibilities_user_id',
      kind: 'conflict',
      code: 'record.version_conflict',
      message: 'the responsibility was posted meanwhile; reload',
    },
    {
      index: 'assessment_criteria_org_id_year',
      kind: 'conflict',
      code: 'record.version_conflict',
      message: 'the criteria were set meanwhile; reload',
    },
    {
      index: 'annual_assessments_user_id_year',
      kind: 'conflict',
      code: 'record.version_conflict',
      message: 'the assessment was saved meanwhile; reload',
    },
  ],
  enforced: [
    {
      clauseId: 'A1.6',
      code: 'assessment.weights_not_100',
      description: 'The weights of a node’s assessment criteria for a year add up to exactly 100',
      test: TEST,
    },
    {
      clauseId: 'A1.6',
      code: 'assessment.no_criteria',
      description: 'A year-end assessment is made only against the criteria set for the person’s node that year',
      test: TEST,
    },
    {
      clauseId: 'A1.6',
      code: 'assessment.score_missing',
      description: 'A year-end assessment scores every criterion in force, so the weighted total is of them all',
      test: TEST,
    },
    {
      clauseId: 'A1.6',
      code: 'assessment.own_record',
      description: 'Nobody records their own reward or penalty, nor makes their own year-end assessment',
      test: TEST,
    },
  ],
  demo: seedAssessment,
  abilities: (a) => ({ assessment: hasAnywhere(a, ASSESSMENT_READ), manageAssessment: hasAnywhere(a, ASSESSMENT_MANAGE) }),
};
