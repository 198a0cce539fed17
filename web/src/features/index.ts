import type { WebFeature } from '../app/feature';
import { agreementsFeature } from './agreements/agreements.feature';
import { assessmentFeature } from './assessment/assessment.feature';
import { bankCollectionFeature } from './bank-collection/bank-collection.feature';
import { billsFeature } from './bills/bills.feature';
import { calendarFeature } from './calendar/calendar.feature';
import { callbacksFeature } from './callbacks/callbacks.feature';
import { cleaningFeature } from './cleaning/cleaning.feature';
import { complianceFeature } from './compliance/compliance.feature';
import { dutyFeature } from './duty/duty.feature';
import { estatesFeature } from './estates/estates.feature';
import { feeDeskFeature } from './fee-desk/fee-desk.feature';
import { feeStandardsFeature } from './fee-standards/fee-standards.feature';
import { feeSupervisionFeature } from './fee-supervision/fee-supervision.feature';
import { feedbackFeature } from './feedback/feedback.feature';
import { gpsInstallFeature } from './gps-install/gps-install.feature';
import { gpsRegisterFeature } from './gps-register/gps-register.feature';
import { historyFeature } from './history/history.feature';
import { homeFeature } from './home/home.feature';
import { infusionFeature } from './infusion/infusion.feature';
import { jobsFeature } from './jobs/jobs.feature';
import { ledgersFeature } from './ledgers/ledgers.feature';
import { meetingsFeature } from './meetings/meetings.feature';
import { moneyFeature } from './money/money.feature';
import { ordersFeature } from './orders/orders.feature';
import { orgsFeature } from './orgs/orgs.feature';
import { paramsFeature } from './params/params.feature';
import { parkingCollectFeature } from './parking-collect/parking-collect.feature';
import { parkingGateFeature } from './parking-gate/parking-gate.feature';
import { parkingRegisterFeature } from './parking-register/parking-register.feature';
import { parkingStandardsFeature } from './parking-standards/parking-standards.feature';
import { pricelistsFeature } from './pricelists/pricelists.feature';
import { reportingFeature } from './reporting/reporting.feature';
import { rolesFeature } from './roles/roles.feature';
import { serviceTimesFeature } from './service-times/service-times.feature';
import { socialworkFeature } from './socialwork/socialwork.feature';
import { trainingFeature } from './training/training.feature';
import { usersFeature } from './users/users.feature';

/**
 * Every feature of the web, the only list of them: the router, the menu, the locale namespaces and the workbench's
 * widgets are built from it. A new feature adds its folder and one line here; see docs/adding-a-module.md.
 */
export const FEATURES: readonly WebFeature[] = [
  homeFeature,
  ordersFeature,
  agreementsFeature,
  estatesFeature,
  gpsInstallFeature,
  gpsRegisterFeature,
  bankCollectionFeature,
  feeSupervisionFeature,
  feeDeskFeature,
  billsFeature,
  feeStandardsFeature,
  parkingRegisterFeature,
  parkingCollectFeature,
  parkingStandardsFeature,
  parkingGateFeature,
  pricelistsFeature,
  moneyFeature,
  callbacksFeature,
  feedbackFeature,
  cleaningFeature,
  infusionFeature,
  socialworkFeature,
  trainingFeature,
  meetingsFeature,
  reportingFeature,
  ledgersFeature,
  dutyFeature,
  assessmentFeature,
  serviceTimesFeature,
  complianceFeature,
  orgsFeature,
  usersFeature,
  rolesFeature,
  paramsFeature,
  jobsFeature,
  calendarFeature,
  historyFeature,
];
