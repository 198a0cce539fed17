import { z } from 'zod';
import { checklistGuard, fieldWorkFields, fieldWorkGuards, fieldWorkPrint, fieldWorkShape, partsOnly } from './field-work.js';
import { defineOrderType, standardPricing } from './order-type.js';

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an installation visit records beside the fixed fields (A4.4.1); its vehicles and the devices fitted to
 * each are kept by the GPS module with the installation request. */
export const gpsInstallDetailsSchema = z.strictObject({
  /** 安装需求单号: the installation request this visit serves */
  request: z
    .string()
    .trim()
    .regex(/^AX-\d{8}-\d{4}$/, 'order.install_request_format')
    .optional(),
  /** 安装要求: where and how the customer wants the terminals fitted (design on site, A4.2) */
  requirements: text(500).optional(),
  ...fieldWorkShape,
  /** 安装情况 */
  workDone: text(500).optional(),
});
export type GpsInstallDetails = z.infer<typeof gpsInstallDetailsSchema>;

/**
 * GPS安装 (A4.4.1, X3 安装任务派工单), GA- numbers: one visit of an installation request, with the vehicles it
 * fits; approved by the manager and assigned (A4.4.3), checked before leaving (A4.4.4). Design and installation
 * on site are free (A4.2): whatever is recorded, nothing is charged.
 */
export const gpsInstallType = defineOrderType<GpsInstallDetails>({
  code: 'gps_install',
  prefix: 'GA',
  titleKey: 'orders:types.gps_install',
  itemCategory: 'paid_service',
  forAgreements: false,
  approvalBeforeDispatch: true,
  takenAt: ['department', 'office'],
  pricedAt: 'site',
  party: 'customer',
  emergencyDispatch: true,
  materialGuard: partsOnly,
  required: { approve: ['customerPhone', 'address', 'appointmentStart'] },
  details: {
    schema: gpsInstallDetailsSchema,
    fields: [
      { key: 'request', kind: 'text', maxLength: 16, editAt: ['create'] },
      { key: 'requirements', kind: 'textarea', maxLength: 500, editAt: ['create'] },
      ...fieldWorkFields,
      { key: 'workDone', kind: 'textarea', maxLength: 500, editAt: ['finish'], requiredAt: 'finish' },
    ],
  },
  guards: { ...fieldWorkGuards, finish: checklistGuard },
  pricing: (lines, materials) =>
    standardPricing(
      lines,
      materials.map(() => ({ amountFen: 0 })),
    ),
  print: {
    messages: {
      'zh-CN': {
        title: '安装任务派工单',
        'details.request': '安装需求单号',
        'details.requirements': '安装要求',
        'details.workDone': '安装情况',
        ...fieldWorkPrint['zh-CN'],
        free: '免费上门设计、安装。',
        'table.title': '安装车辆明细',
        'table.plate': '车牌号',
        'table.model': '车型',
        'table.driver': '司机及电话',
        'table.terminalSerial': '终端号',
        'table.simNumber': 'SIM卡号',
      },
      en: {
        title: 'Installation dispatch order',
        'details.request': 'Installation request',
        'details.requirements': 'Requirements',
        'details.workDone': 'Work done',
        ...fieldWorkPrint.en,
        free: 'Design and installation on site free of charge.',
        'table.title': 'Vehicles',
        'table.plate': 'Plate',
        'table.model': 'Model',
        'table.driver': 'Driver and phone',
        'table.terminalSerial': 'Terminal',
        'table.simNumber': 'SIM card',
      },
    },
    notes: () => [{ key: 'free' }],
    // the visit's vehicles and what was fitted to each, kept by the GPS module with the installation request
    table: { entity: 'gps_install_visit', columns: ['plate', 'model', 'driver', 'terminalSerial', 'simNumber'] },
  },
});
