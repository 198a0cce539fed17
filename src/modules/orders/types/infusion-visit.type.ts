import { z } from 'zod';
import type { Order } from '../order.types.js';
import { type DetailField, defineOrderType, type OrderDetails, standardPricing, type TypeRefusal } from './order-type.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** 查对: the nurse's checking routine at the bedside before the drip is started (A5.6), and the risks told. */
export const INFUSION_CHECKS = [
  'checkPatient',
  'checkDrug',
  'checkDose',
  'checkRoute',
  'checkTime',
  'checkExpiry',
  'checkAppearance',
  'risksExplained',
] as const;

/** What a home-infusion visit records beside the fixed fields (A5.6): whose order it serves, the checks, the record. */
export const infusionVisitDetailsSchema = z.strictObject({
  /** The patient of the infusion register the visit is for. */
  patientId: z.uuid(),
  /** The physician's order (医嘱) the visit carries out; it counts the visit. */
  physicianOrderId: z.uuid(),
  /** 核对患者身份 */
  checkPatient: z.boolean().optional(),
  /** 核对药名 */
  checkDrug: z.boolean().optional(),
  /** 核对剂量 */
  checkDose: z.boolean().optional(),
  /** 核对给药途径 */
  checkRoute: z.boolean().optional(),
  /** 核对用药时间 */
  checkTime: z.boolean().optional(),
  /** 核对有效期 */
  checkExpiry: z.boolean().optional(),
  /** 检查药液外观（有无浑浊、沉淀、变色） */
  checkAppearance: z.boolean().optional(),
  /** 已告知输液风险 */
  risksExplained: z.boolean().optional(),
  /** 输液开始时间 HH:MM */
  infusionStart: hhmm.optional(),
  /** 输液结束时间 HH:MM */
  infusionEnd: hhmm.optional(),
  /** 输液过程观察 */
  observations: text(1000).optional(),
  /** 出现不良反应 */
  adverseReaction: z.boolean().optional(),
  /** 不良反应的处理 */
  adverseAction: text(1000).optional(),
  /** 建议转中心诊治 */
  adviseCentre: z.boolean().optional(),
  /** 转运方式 */
  transport: z.enum(['stretcher', 'wheelchair', 'none']).optional(),
});
export type InfusionVisitDetails = z.infer<typeof infusionVisitDetailsSchema>;

const CHECK_AT = ['arrive', 'start'] as const;

const fields: readonly DetailField[] = [
  { key: 'patientId', kind: 'ref', ref: 'infusion_patient', maxLength: 36, editAt: ['create'], requiredAt: 'create' },
  { key: 'physicianOrderId', kind: 'ref', ref: 'infusion_order', maxLength: 36, editAt: ['create'], requiredAt: 'create' },
  ...INFUSION_CHECKS.map((key): DetailField => ({ key, kind: 'boolean', editAt: CHECK_AT })),
  { key: 'infusionStart', kind: 'text', maxLength: 5, editAt: ['finish'], requiredAt: 'finish' },
  { key: 'infusionEnd', kind: 'text', maxLength: 5, editAt: ['finish'], requiredAt: 'finish' },
  { key: 'observations', kind: 'textarea', maxLength: 1000, editAt: ['finish'], requiredAt: 'finish' },
  { key: 'adverseReaction', kind: 'boolean', editAt: ['finish'] },
  { key: 'adverseAction', kind: 'textarea', maxLength: 1000, editAt: ['finish'], shownWhen: 'adverseReaction' },
  { key: 'adviseCentre', kind: 'boolean', editAt: ['finish'] },
  { key: 'transport', kind: 'select', options: ['stretcher', 'wheelchair', 'none'], editAt: ['finish'], shownWhen: 'adviseCentre' },
];

/** A5.6: no drip is started, nor a visit finished, with an item of the checking routine unticked; the first is marked. */
export function infusionChecksGuard(_order: Order, d: OrderDetails): TypeRefusal | null {
  const open = INFUSION_CHECKS.find((k) => d[k] !== true);
  // the checking routine's own words, not the field staff's checklist before leaving
  return open ? { code: 'infusion.checks_incomplete', field: `details.${open}` } : null;
}

/** The record of a visit: checked as at start, the end not before the start, what was done about a reaction. */
export function infusionRecordGuard(order: Order, d: OrderDetails): TypeRefusal | null {
  const checks = infusionChecksGuard(order, d);
  if (checks) return checks;
  if (typeof d.infusionStart === 'string' && typeof d.infusionEnd === 'string' && d.infusionEnd < d.infusionStart)
    return { code: 'infusion.end_before_start', field: 'details.infusionEnd' };
  if (d.adverseReaction === true && !(typeof d.adverseAction === 'string' && d.adverseAction.trim()))
    return { code: 'infusion.adverse_action_required', field: 'details.adverseAction' };
  return null;
}

/**
 * 出诊输液 (A5.6–A5.7), SY- numbers: one home visit of a nurse of the patient's team carrying out a physician's order,
 * taken at the centre or a station and quoted from its posted infusion fees; the infusion module gates it (eligible
 * patient, usable order, consent, an outside drug's chain done, a nurse of the team) and counts it on the order.
 */
export const infusionVisitType = defineOrderType<InfusionVisitDetails>({
  code: 'infusion_visit',
  prefix: 'SY',
  titleKey: 'orders:types.infusion_visit',
  itemCategory: 'infusion',
  forAgreements: false,
  approvalBeforeDispatch: false,
  takenAt: ['centre', 'station'],
  // the fees are the provincial standard posted by the centre, and the signed consent is the family's agreement (A5.4)
  pricedAt: 'intake',
  party: 'patient',
  required: { assign: ['customerPhone', 'address', 'appointmentStart'] },
  details: { schema: infusionVisitDetailsSchema, fields },
  guards: { start: infusionChecksGuard, finish: infusionRecordGuard },
  pricing: standardPricing,
  print: {
    messages: {
      'zh-CN': {
        title: '出诊输液记录单',
        'details.patientId': '患者档案',
        'details.physicianOrderId': '医嘱',
        'details.checkPatient': '核对患者身份',
        'details.checkDrug': '核对药名',
        'details.checkDose': '核对剂量',
        'details.checkRoute': '核对给药途径',
        'details.checkTime': '核对用药时间',
        'details.checkExpiry': '核对有效期',
        'details.checkAppearance': '检查药液外观',
        'details.risksExplained': '已告知输液风险',
        'details.infusionStart': '输液开始时间',
        'details.infusionEnd': '输液结束时间',
        'details.observations': '输液过程观察',
        'details.adverseReaction': '出现不良反应',
        'details.adverseAction': '不良反应处理',
        'details.adviseCentre': '建议转中心诊治',
        'details.transport': '转运方式',
        'details.transport.stretcher': '担架',
        'details.transport.wheelchair': '轮椅',
        'details.transport.none': '无需',
        yes: '是',
        no: '否',
      },
      en: {
        title: 'Home infusion visit record',
        'details.patientId': 'Patient record',
        'details.physicianOrderId': 'Physician order',
        'details.checkPatient': 'Patient identity checked',
        'details.checkDrug': 'Drug name checked',
        'details.checkDose': 'Dose checked',
        'details.checkRoute': 'Route checked',
        'details.checkTime': 'Time checked',
        'details.checkExpiry': 'Expiry date checked',
        'details.checkAppearance': 'Appearance of the solution checked',
        'details.risksExplained': 'Risks explained',
        'details.infusionStart': 'Infusion started',
        'details.infusionEnd': 'Infusion ended',
        'details.observations': 'Observations',
        'details.adverseReaction': 'Adverse reaction',
        'details.adverseAction': 'Action taken',
        'details.adviseCentre': 'Advised to come to the centre',
        'details.transport': 'Transport',
        'details.transport.stretcher': 'Stretcher',
        'details.transport.wheelchair': 'Wheelchair',
        'details.transport.none': 'None needed',
        yes: 'Yes',
        no: 'No',
      },
    },
  },
});
