import { z } from 'zod';
import { lineAmount } from '../order.rules.js';
import { defineOrderType, standardPricing } from './order-type.js';

/** Where in the unit the fault is. */
export const REPAIR_LOCATIONS = ['kitchen', 'bathroom', 'living_room', 'bedroom', 'balcony', 'other'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a repair records beside the fixed fields; every field may still be empty until its step requires it. */
export const repairDetailsSchema = z.strictObject({
  /** 故障部位 */
  location: z.enum(REPAIR_LOCATIONS).optional(),
  /** 故障现象, as the owner describes it */
  fault: text(500).optional(),
  /** 保修期内返修: the fault comes back after this office's own earlier repair, within its warranty */
  warranty: z.boolean().optional(),
  /** The earlier repair's number (维修服务单编号), when the fault comes back under warranty */
  warrantyOrder: z
    .string()
    .trim()
    .regex(/^WX-\d{8}-\d{4}$/, 'order.warranty_order_format')
    .optional(),
  /** 故障原因及处理, written by the one who did the repair */
  cause: text(500).optional(),
});
export type RepairDetails = z.infer<typeof repairDetailsSchema>;

/**
 * 有偿维修 (A2.4.2, X3 维修服务单): a repair in an owner's unit by the property office, WX- numbers. Labour is
 * charged from the posted paid-service list and parts at cost as recorded (A2.4.2.2); a fault that comes
 * back after the office's own repair, within its warranty, is redone without labour charge, parts at cost.
 */
export const repairType = defineOrderType<RepairDetails>({
  code: 'repair',
  prefix: 'WX',
  titleKey: 'orders:types.repair',
  // labour items are the posted list's paid services (水管维修, 电路维修, 更换锁芯…)
  itemCategory: 'paid_service',
  forAgreements: false,
  approvalBeforeDispatch: false,
  required: { confirm: ['customerPhone', 'address', 'appointmentStart'] },
  details: {
    schema: repairDetailsSchema,
    fields: [
      { key: 'location', kind: 'select', options: REPAIR_LOCATIONS, editAt: ['create', 'quote'], requiredAt: 'create' },
      { key: 'fault', kind: 'textarea', maxLength: 500, editAt: ['create', 'quote'], requiredAt: 'create' },
      { key: 'warranty', kind: 'boolean', editAt: ['create', 'quote'] },
      { key: 'warrantyOrder', kind: 'text', maxLength: 16, editAt: ['create', 'quote'] },
      // the technician answers for the completeness of the form: no finish without the cause (cf. A4.4.7)
      { key: 'cause', kind: 'textarea', maxLength: 500, editAt: ['finish'], requiredAt: 'finish' },
    ],
  },
  guards: {
    // labour is waived only for a named earlier repair, never on a word alone
    quote: (_order, d) =>
      d.warranty && !d.warrantyOrder ? { code: 'order.warranty_order_required', field: 'details.warrantyOrder' } : null,
  },
  pricing: (lines, materials, d) =>
    standardPricing(
      lines.map((l) => ({
        ...l,
        amountFen: l.unitPriceFen === null ? null : d.warranty ? 0 : lineAmount(l.unitPriceFen, l.quantityMilli),
      })),
      materials,
    ),
  print: {
    messages: {
      'zh-CN': {
        title: '维修服务单',
        'details.location': '故障部位',
        'details.location.kitchen': '厨房',
        'details.location.bathroom': '卫生间',
        'details.location.living_room': '客厅',
        'details.location.bedroom': '卧室',
        'details.location.balcony': '阳台',
        'details.location.other': '其他',
        'details.fault': '故障现象',
        'details.warranty': '保修期内返修',
        'details.warrantyOrder': '原维修单号',
        'details.cause': '故障原因及处理',
        yes: '是',
        no: '否',
        labourWaived: '保修期内返修（原维修单 {order}）：免收人工费，材料按实收取。',
      },
      en: {
        title: 'Repair service form',
        'details.location': 'Location of the fault',
        'details.location.kitchen': 'Kitchen',
        'details.location.bathroom': 'Bathroom',
        'details.location.living_room': 'Living room',
        'details.location.bedroom': 'Bedroom',
        'details.location.balcony': 'Balcony',
        'details.location.other': 'Other',
        'details.fault': 'Fault as reported',
        'details.warranty': 'Rework under warranty',
        'details.warrantyOrder': 'Earlier repair order',
        'details.cause': 'Cause and repair done',
        yes: 'Yes',
        no: 'No',
        labourWaived: 'Rework under warranty (earlier order {order}): no labour charge, parts at cost.',
      },
    },
    notes: (d) => (d.warranty ? [{ key: 'labourWaived', vars: { order: d.warrantyOrder ?? '' } }] : []),
  },
});
