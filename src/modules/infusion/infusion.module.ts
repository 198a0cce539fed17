import { composeModule } from '../../platform/module-parts.js';
import { consentsPart } from './consents.part.js';
import { drugsPart } from './drugs.part.js';
import { infusionPermissions, infusionRoleDefaults } from './infusion.permissions.js';
import { onVisitChanged } from './infusion-visit.events.js';
import { infusionMigrations } from './migrations/infusion.migrations.js';
import { ordersPart } from './orders.part.js';
import { outsideDrugsPart } from './outside-drugs.part.js';
import { patientsPart } from './patients.part.js';
import { visitsPart } from './visits.part.js';

/**
 * Home infusion (篇五 A5.1–A5.8) at a community health centre and its stations: nursing teams and the areas they
 * cover, patients and their eligibility, the centre's drug catalogue with its excluded categories, physician orders
 * with overrides reviewed by the head, the signed consent, and the four signed steps of a drug from another
 * hospital. The parts' demos run in this order (teams and patients, then drugs, orders, consents, outside drugs).
 */
export const infusionModule = composeModule(
  {
    name: 'infusion',
    clauses: ['A5.1', 'A5.2', 'A5.3', 'A5.4', 'A5.5', 'A5.6', 'A5.7', 'A5.8', 'X3'],
    migrations: [infusionMigrations],
    permissions: infusionPermissions,
    roleDefaults: infusionRoleDefaults,
    subscriptions: { 'order.changed': onVisitChanged },
  },
  [patientsPart, drugsPart, ordersPart, consentsPart, outsideDrugsPart, visitsPart],
);
