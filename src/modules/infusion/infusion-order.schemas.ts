import { z } from 'zod';
import { booleanQuery, nameText } from '../../platform/http/common.schemas.js';
import { listQuery, pageOf } from '../../platform/http/list.js';
import { DRUG_ORIGINS, PHYSICIAN_ORDER_STATES, ROUTES } from './infusion.types.js';

const day = z.iso.date().describe('YYYY-MM-DD');
export const routeEnum = z.enum(ROUTES).describe('iv_drip 静脉滴注, iv_push 静脉推注, im 肌内注射, sc 皮下注射');
export const stateEnum = z.enum(PHYSICIAN_ORDER_STATES).describe('active 执行中, completed 已完成, cancelled 已取消');

export const lineSchema = z.object({
  drugId: z.string(),
  drugName: z.string().describe('The drug’s name and spec when ordered'),
  dose: z.string(),
  route: routeEnum,
  frequency: z.string(),
});

export const overrideSchema = z.object({
  categories: z.array(z.object({ code: z.string(), name: z.string() })).describe('The excluded categories overridden (A5.3)'),
  reason: z.string(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable().describe('The reviewer’s name'),
  reviewNote: z.string().nullable(),
});

export const orderItemSchema = z.object({
  id: z.string(),
  number: z.string().describe('YZ-YYYYMMDD-NNNN'),
  patientId: z.string(),
  patientName: z.string(),
  orgName: z.string(),
  physicianName: z.string(),
  origin: z.enum(DRUG_ORIGINS),
  drugs: z.array(z.string()).describe('The lines’ drug names'),
  visitsPlanned: z.number().int(),
  visitsDone: z.number().int(),
  startsOn: z.string(),
  endsOn: z.string(),
  state: stateEnum,
  override: overrideSchema.nullable(),
  createdAt: z.string(),
});

export const orderSchema = orderItemSchema.extend({
  orgId: z.string(),
  physicianId: z.string(),
  physicianLicenceNo: z.string().describe('执业证号 when the order was made'),
  medicalRecordNo: z.string(),
  outsideDrugId: z.string().nullable(),
  lines: z.array(lineSchema),
  cancelReason: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ cancel: z.boolean(), review: z.boolean() }),
});

export const orderPage = pageOf(orderItemSchema);
export const orderListQuery = listQuery(['createdAt', 'startsOn', 'number'], {
  patientId: z.uuid().optional(),
  state: stateEnum.optional(),
  overridePending: booleanQuery.optional().describe('true: only orders with an override not yet reviewed'),
});

export const orderCreateBody = z
  .strictObject({
    patientId: z.uuid(),
    medicalRecordNo: z.string().trim().min(1).max(40).describe('门诊病历号: the medical record the order is written in'),
    origin: z.enum(DRUG_ORIGINS).describe('centre 本中心药品, outside 外院带药 (needs outsideDrugId)'),
    outsideDrugId: z.uuid().optional().describe('The outside drug’s chain (A5.5), signed up to the physician’s order'),
    lines: z
      .array(
        z.strictObject({
          drugId: z.uuid(),
          dose: nameText(40).describe('e.g. 250 ml, 0.75 g'),
          route: routeEnum,
          frequency: nameText(40).describe('e.g. qd, bid'),
        }),
      )
      .min(1)
      .max(10),
    visitsPlanned: z.number().int().min(1).max(60),
    startsOn: day,
    endsOn: day,
    override: z
      .strictObject({ reason: z.string().trim().min(4).max(500).describe('Why the excluded drugs are given at home anyway') })
      .optional()
      .describe('The physician’s override of the excluded categories the drugs carry (A5.3)'),
  })
  .refine((b) => b.endsOn >= b.startsOn, {
    path: ['endsOn'],
    message: 'the order cannot end before it starts',
    params: { code: 'infusion.ends_before_starts' },
  });

export const cancelBody = z.strictObject({ reason: z.string().trim().min(1).max(500).describe('Why the order is cancelled') });
export const reviewBody = z.strictObject({ note: z.string().trim().min(1).max(500).describe('The head’s review of the override') });
