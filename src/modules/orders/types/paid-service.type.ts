import { z } from 'zod';
import { type OrderTypeDef, standardPricing } from './order-type.js';

/** 有偿服务 (A2.4.2): paid services of the property office from its posted list, YC- numbers. */
export const paidServiceType: OrderTypeDef = {
  code: 'paid_service',
  prefix: 'YC',
  titleKey: 'orders:types.paid_service',
  itemCategory: 'paid_service',
  forAgreements: true,
  approvalBeforeDispatch: false,
  required: { confirm: ['customerPhone', 'address', 'appointmentStart'] },
  details: { schema: z.strictObject({}), fields: [] },
  guards: {},
  pricing: standardPricing,
  print: {
    messages: {
      'zh-CN': { title: '有偿服务单' },
      en: { title: 'Paid service form' },
    },
  },
};
