import { z } from 'zod';
import { checklistGuard, fieldWorkFields, fieldWorkPrint, fieldWorkShape, partsOnly } from './field-work.js';
import { defineOrderType, standardPricing } from './order-type.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const serial = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{4,40}$/, 'order.device_number_format')
  .optional();

/** What a GPS repair records beside the fixed fields (customer name, address, contact): A4.4.2, A4.4.5–7. */
export const gpsRepairDetailsSchema = z.strictObject({
  /** 车牌号 */
  plate: text(12).optional(),
  /** 商品型号: the terminal model as the customer names it */
  productModel: text(40).optional(),
  /** 购买日期 */
  purchaseDate: z.iso.date().optional(),
  /** 终端号: the terminal's serial number, when known */
  terminalSerial: serial,
  /** 故障现象 */
  fault: text(500).optional(),
  /** 保修期内: the terminal is under warranty (checked against the register by the GPS module) */
  warranty: z.boolean().optional(),
  ...fieldWorkShape,
  /** 更换终端 (A4.4.5) */
  terminalSwapped: z.boolean().optional(),
  /** 原终端号 */
  oldTerminal: serial,
  /** 新终端号 */
  newTerminal: serial,
  /** 更换SIM卡 (A4.4.6) */
  simSwapped: z.boolean().optional(),
  /** 原SIM卡号 */
  oldSim: serial,
  /** 新SIM卡号 */
  newSim: serial,
  /** 故障原因及处理 */
  cause: text(500).optional(),
});
export type GpsRepairDetails = z.infer<typeof gpsRepairDetailsSchema>;

/**
 * GPS终端维修 (A4.4.2–A4.4.9, X3 维修服务单), GW- numbers, kept by the GPS department. A call or letter is taken
 * as the job (nothing is quoted: A4.2 charges parts only, found on site); the manager approves and assigns
 * (A4.4.3); the technician ticks the checklist before leaving (A4.4.4), writes the old and new terminal and SIM
 * numbers on a swap (A4.4.5–6) and the cause; under warranty it is free, out of warranty the parts are charged
 * and no labour line is ever taken.
 */
export const gpsRepairType = defineOrderType<GpsRepairDetails>({
  code: 'gps_repair',
  prefix: 'GW',
  titleKey: 'orders:types.gps_repair',
  itemCategory: 'paid_service',
  forAgreements: false,
  approvalBeforeDispatch: true,
  takenAt: ['department', 'office'],
  pricedAt: 'site',
  party: 'customer',
  emergencyDispatch: true,
  materialGuard: partsOnly,
  required: { approve: ['customerPhone', 'address'] },
  details: {
    schema: gpsRepairDetailsSchema,
    fields: [
      { key: 'plate', kind: 'text', maxLength: 12, editAt: ['create'], requiredAt: 'create' },
      { key: 'productModel', kind: 'text', maxLength: 40, editAt: ['create'], requiredAt: 'create' },
      { key: 'purchaseDate', kind: 'text', maxLength: 10, editAt: ['create'] },
      { key: 'terminalSerial', kind: 'text', maxLength: 40, editAt: ['create'] },
      { key: 'fault', kind: 'textarea', maxLength: 500, editAt: ['create'], requiredAt: 'create' },
      { key: 'warranty', kind: 'boolean', editAt: ['create'] },
      ...fieldWorkFields,
      { key: 'terminalSwapped', kind: 'boolean', editAt: ['finish'] },
      { key: 'oldTerminal', kind: 'text', maxLength: 40, editAt: ['finish'], shownWhen: 'terminalSwapped', initialFrom: 'terminalSerial' },
      { key: 'newTerminal', kind: 'text', maxLength: 40, editAt: ['finish'], shownWhen: 'terminalSwapped' },
      { key: 'simSwapped', kind: 'boolean', editAt: ['finish'] },
      { key: 'oldSim', kind: 'text', maxLength: 40, editAt: ['finish'], shownWhen: 'simSwapped' },
      { key: 'newSim', kind: 'text', maxLength: 40, editAt: ['finish'], shownWhen: 'simSwapped' },
      { key: 'cause', kind: 'textarea', maxLength: 500, editAt: ['finish'], requiredAt: 'finish' },
    ],
  },
  guards: {
    depart: checklistGuard,
    start: checklistGuard,
    // A4.4.7: the form is complete before the work is: the checklist, and both numbers of every swap
    finish: (order, d) => {
      const open = checklistGuard(order, d);
      if (open) return open;
      for (const [swapped, before, after] of [
        [d.terminalSwapped, 'oldTerminal', 'newTerminal'],
        [d.simSwapped, 'oldSim', 'newSim'],
      ] as const) {
        if (!swapped) continue;
        if (!d[before]) return { code: 'order.swap_numbers_required', field: `details.${before}` };
        if (!d[after]) return { code: 'order.swap_numbers_required', field: `details.${after}` };
        if (d[before] === d[after]) return { code: 'order.swap_same_number', field: `details.${after}` };
      }
      return null;
    },
  },
  // A4.2: under warranty free; out of warranty the parts used, never labour (no lines are ever taken)
  pricing: (lines, materials, d) => standardPricing(lines, d.warranty ? materials.map(() => ({ amountFen: 0 })) : materials),
  print: {
    messages: {
      'zh-CN': {
        title: '维修服务单',
        'details.plate': '车牌号',
        'details.productModel': '商品型号',
        'details.purchaseDate': '购买日期',
        'details.terminalSerial': '终端号',
        'details.fault': '故障现象',
        'details.warranty': '保修期内',
        'details.terminalSwapped': '更换终端',
        'details.oldTerminal': '原终端号',
        'details.newTerminal': '新终端号',
        'details.simSwapped': '更换SIM卡',
        'details.oldSim': '原SIM卡号',
        'details.newSim': '新SIM卡号',
        'details.cause': '故障原因及处理',
        ...fieldWorkPrint['zh-CN'],
        inWarranty: '保修期内维修：免费。',
        partsOnly: '保修期外维修：只收零部件费用，不收人工费。',
      },
      en: {
        title: 'Repair service form',
        'details.plate': 'Plate number',
        'details.productModel': 'Product model',
        'details.purchaseDate': 'Purchase date',
        'details.terminalSerial': 'Terminal number',
        'details.fault': 'Fault',
        'details.warranty': 'Under warranty',
        'details.terminalSwapped': 'Terminal replaced',
        'details.oldTerminal': 'Old terminal number',
        'details.newTerminal': 'New terminal number',
        'details.simSwapped': 'SIM card replaced',
        'details.oldSim': 'Old SIM number',
        'details.newSim': 'New SIM number',
        'details.cause': 'Cause and repair done',
        ...fieldWorkPrint.en,
        inWarranty: 'Repair under warranty: free of charge.',
        partsOnly: 'Repair out of warranty: parts only, no labour charge.',
      },
    },
    notes: (d) => [{ key: d.warranty ? 'inWarranty' : 'partsOnly' }],
  },
});
