import { z } from 'zod';
import type { Order } from '../order.types.js';
import type { DetailField, OrderDetails, TypeRefusal } from './order-type.js';

/**
 * What the GPS department's installation and repair orders share (篇四): the technician's checklist before
 * leaving (A4.4.4) and the manager's emergency dispatch (A4.7). Each type spreads these into its own schema,
 * fields, guards and print labels.
 */
export const CHECKLIST = ['checkOrder', 'checkTools', 'checkParts', 'checkDocuments'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const fieldWorkShape = {
  /** 核对工单信息 */
  checkOrder: z.boolean().optional(),
  /** 工具已备齐 */
  checkTools: z.boolean().optional(),
  /** 备品配件已备齐 */
  checkParts: z.boolean().optional(),
  /** 相关文件已带齐 */
  checkDocuments: z.boolean().optional(),
  /** 紧急派工原因: why someone of another department or outside was sent (A4.7) */
  emergencyReason: text(300).optional(),
  /** 外协人员: an outside person (name, company, phone) sent when no technician was in (A4.7) */
  outsideHelper: text(100).optional(),
};

/** The checklist is ticked when leaving, or at the latest on arrival or when the work starts. */
const CHECK_AT = ['depart', 'arrive', 'start'] as const;

export const fieldWorkFields: readonly DetailField[] = [
  ...CHECKLIST.map((key): DetailField => ({ key, kind: 'boolean', editAt: CHECK_AT })),
  { key: 'emergencyReason', kind: 'textarea', maxLength: 300, editAt: ['assign'] },
  { key: 'outsideHelper', kind: 'text', maxLength: 100, editAt: ['assign'] },
];

/** A4.4.4: nobody leaves, starts or finishes with the checklist unticked; the first unticked item is marked. */
export function checklistGuard(_order: Order, d: OrderDetails): TypeRefusal | null {
  const open = CHECKLIST.find((k) => d[k] !== true);
  return open ? { code: 'order.checklist_incomplete', field: `details.${open}` } : null;
}

export const fieldWorkGuards = { depart: checklistGuard, start: checklistGuard, finish: checklistGuard };

export const fieldWorkPrint = {
  'zh-CN': {
    'details.checkOrder': '核对工单信息',
    'details.checkTools': '工具已备齐',
    'details.checkParts': '备品配件已备齐',
    'details.checkDocuments': '相关文件已带齐',
    'details.emergencyReason': '紧急派工原因',
    'details.outsideHelper': '外协人员',
    yes: '是',
    no: '否',
  },
  en: {
    'details.checkOrder': 'Order details checked',
    'details.checkTools': 'Tools ready',
    'details.checkParts': 'Spare parts ready',
    'details.checkDocuments': 'Documents ready',
    'details.emergencyReason': 'Reason for emergency dispatch',
    'details.outsideHelper': 'Outside person',
    yes: 'Yes',
    no: 'No',
  },
};

/** A4.2: parts only — a material named as labour, a call-out or a service fee is a labour charge in disguise. */
const LABOUR = /人工|工时|工费|手工费|上门费|服务费|安装费|维修费|labou?r|call-?out|service fee|installation fee/i;
export function partsOnly(materials: readonly { name: string }[]): TypeRefusal | null {
  const i = materials.findIndex((m) => LABOUR.test(m.name));
  return i < 0 ? null : { code: 'order.labour_not_charged', field: `materials.${i}.name` };
}
