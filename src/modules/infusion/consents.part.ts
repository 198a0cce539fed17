import type { ModulePart } from '../../platform/module-parts.js';
import { seedInfusionConsents } from './infusion-consent.demo.js';
import { consentRoutes } from './infusion-consent.routes.js';
import { getConsent } from './infusion-consent.service.js';

/** Part of the home-infusion module: the signed 家庭输液治疗知情同意书 and its printed form (A5.4, X3). */
export const consentsPart: ModulePart = {
  routes: consentRoutes,
  historyReaders: { infusion_consent: getConsent },
  demo: seedInfusionConsents,
  provided: [
    {
      clauseId: 'X3',
      key: 'infusion.printed_consent',
      description:
        'the signed 家庭输液治疗知情同意书 prints on A4 with the patient, the family member who signed and the drawn signature, in Chinese or English',
      test: 'test/integration/infusion-consent.test.ts',
    },
  ],
  enforced: [
    {
      clauseId: 'A5.4',
      code: 'infusion.signature_required',
      description: 'A consent is recorded only with the patient’s or family member’s signature drawn on screen',
      test: 'test/integration/infusion-consent.test.ts',
    },
  ],
};
