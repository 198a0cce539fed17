import { z } from 'zod';
import { nameText, reason } from '../../platform/http/common.schemas.js';

/** One signed 家庭输液治疗知情同意书 (A5.4): who signed, for whom, who took it, and whether it was withdrawn. */
export const consentSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  signerName: z.string().describe('Who signed: the patient or a family member'),
  signerRelation: z.string().describe('`self` for the patient, else the relation as said (女儿, 儿子, 配偶…)'),
  signedAt: z.string(),
  recordedBy: z.string().describe('The staff member who took the consent (user id)'),
  recordedByName: z.string(),
  signatureUrl: z.string().describe('The drawn signature (PNG)'),
  printUrl: z.string().describe('The A4 form, Chinese; add ?lang=en for English'),
  withdrawnAt: z.string().nullable(),
  withdrawnByName: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
  valid: z.boolean().describe('Signed and not withdrawn: visits may go ahead'),
});

export const consentListSchema = z.object({
  items: z.array(consentSchema).describe('Every consent of the patient, newest first'),
  current: consentSchema.nullable().describe('The consent in force, if any'),
  abilities: z.object({
    take: z.boolean().describe('The caller may take a new consent (none in force, infusion.consent here)'),
    withdraw: z.boolean().describe('The caller may withdraw the consent in force'),
  }),
});

export const takeConsentBody = z.strictObject({
  signerName: nameText(50).describe('The name of who signs'),
  signerRelation: nameText(20).describe('`self` when the patient signs, else the family member’s relation (女儿, 儿子…)'),
  signature: z.string().max(700_000).describe('The drawn signature: data:image/png;base64,…'),
});

export const withdrawConsentBody = z.strictObject({ reason });

export const printQuery = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });
