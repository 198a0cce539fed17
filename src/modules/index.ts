import { platformMigrations } from '../platform/db/migrations/platform.migrations.js';
import { jobsMigrations } from '../platform/jobs/migrations/jobs.migrations.js';
import { gatherModules, type ModuleManifest } from '../platform/modules.js';
import { agreementsModule } from './agreements/agreements.module.js';
import { assessmentModule } from './assessment/assessment.module.js';
import { calendarModule } from './calendar/calendar.module.js';
import { callbacksModule } from './callbacks/callbacks.module.js';
import { catalogModule } from './catalog/catalog.module.js';
import { cleaningModule } from './cleaning/cleaning.module.js';
import { complianceModule } from './compliance/compliance.module.js';
import { dutyModule } from './duty/duty.module.js';
import { estatesModule } from './estates/estates.module.js';
import { feedbackModule } from './feedback/feedback.module.js';
import { feesModule } from './fees/fees.module.js';
import { gpsModule } from './gps/gps.module.js';
import { historyModule } from './history/history.module.js';
import { identityModule } from './identity/identity.module.js';
import { infusionModule } from './infusion/infusion.module.js';
import { jobsModule } from './jobs/jobs.module.js';
import { ledgersModule } from './ledgers/ledgers.module.js';
import { meetingsModule } from './meetings/meetings.module.js';
import { moneyModule } from './money/money.module.js';
import { ordersModule } from './orders/orders.module.js';
import { orgsModule } from './orgs/orgs.module.js';
import { paramsModule } from './params/params.module.js';
import { parkingModule } from './parking/parking.module.js';
import { reportingModule } from './reporting/reporting.module.js';
import { socialworkModule } from './socialwork/socialwork.module.js';
import { trainingModule } from './training/training.module.js';
import { workbenchModule } from './workbench/workbench.module.js';

/**
 * Every module of the server, in the order their routes are registered and their demo records seeded
 * (identity first: its hook signs requests in; money before orders: the demo's cashiers need receipt books). A new module adds its folder and one line here; see docs/adding-a-module.md.
 */
export const MODULE_LIST: readonly ModuleManifest[] = [
  identityModule,
  orgsModule,
  paramsModule,
  calendarModule,
  estatesModule,
  catalogModule,
  moneyModule,
  feesModule,
  parkingModule,
  ordersModule,
  gpsModule,
  jobsModule,
  agreementsModule,
  complianceModule,
  callbacksModule,
  feedbackModule,
  cleaningModule,
  infusionModule,
  socialworkModule,
  trainingModule,
  meetingsModule,
  reportingModule,
  ledgersModule,
  dutyModule,
  assessmentModule,
  historyModule,
  workbenchModule,
];

/** The modules gathered, with the platform's own tables (tenants and audit chain, the job runner) first. */
export const MODULES = gatherModules(MODULE_LIST, [platformMigrations, jobsMigrations]);
