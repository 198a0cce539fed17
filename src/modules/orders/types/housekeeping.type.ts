import { z } from 'zod';
import { type OrderTypeDef, standardPricing } from './order-type.js';

/** 家政服务 (A7.4): the housekeeping form, JZ- numbers; no details of its own beyond the fixed fields. */
export const housekeepingType: OrderTypeDef = {
  code: 'housekeeping',
  prefix: 'JZ',
  titleKey: 'orders:types.housekeeping',
  itemCategory: 'housekeeping',
  forAgreements: true,
  approvalBeforeDispatch: false,
  // A7.4.2: item, place, owner, number of staff and appointment are registered on confirmation
  required: { confirm: ['customerPhone', 'address', 'staffCount', 'appointmentStart'] },
  details: { schema: z.strictObject({}), fields: [] },
  guards: {},
  pricing: standardPricing,
  print: {
    messages: {
      'zh-CN': { title: '家政服务表' },
      en: { title: 'Housekeeping service form' },
    },
  },
};
