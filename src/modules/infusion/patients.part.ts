import { hasAnywhere } from '../../platform/authz/access.js';
import type { App } from '../../platform/http/types.js';
import type { ModulePart } from '../../platform/module-parts.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { INFUSION_PATIENTS, INFUSION_READ, INFUSION_TEAMS } from './infusion.permissions.js';
import { seedInfusionBase } from './infusion-base.demo.js';
import { patientRoutes } from './infusion-patient.routes.js';
import { getPatient, patientRefs } from './infusion-patient.service.js';
import { teamRoutes } from './infusion-team.routes.js';
import { getTeam } from './infusion-team.service.js';

const TEST = 'test/integration/infusion-patients.test.ts';

/** Part of the home-infusion module: nursing teams and their areas, patients and their eligibility (A5.1, A5.8). */
export const patientsPart: ModulePart = {
  routes: (app: App) => {
    teamRoutes(app);
    patientRoutes(app);
  },
  historyReaders: { infusion_team: getTeam, infusion_patient: getPatient },
  // a home visit's patient, named on the order page and its printed record
  // a patient's nursing team by its name (a patient's history: 服务团队)
  recordRefs: { infusion_patient: patientRefs, infusion_team: labelsFrom('infusion_teams', 'name') },
  demo: seedInfusionBase,
  enforced: [
    {
      clauseId: 'A5.1',
      code: 'infusion.area_not_covered',
      description: 'A patient is registered only in an area their nursing team covers, so the team of their area serves them',
      test: TEST,
    },
    {
      clauseId: 'A5.8',
      code: 'infusion.org_not_centre',
      description: 'A nursing team is set up only at a community health centre or one of its stations',
      test: TEST,
    },
    {
      clauseId: 'A5.8',
      code: 'infusion.member_outside',
      description: 'A nursing team’s nurses are active staff of its own centre or station',
      test: TEST,
    },
  ],
  abilities: (a) => ({
    infusion: hasAnywhere(a, INFUSION_READ),
    manageInfusionTeams: hasAnywhere(a, INFUSION_TEAMS),
    editInfusionPatients: hasAnywhere(a, INFUSION_PATIENTS),
  }),
};
