/** How an owner pays: cash into the hand, a bank transfer, a card terminal, or a mobile wallet. */
export const PAYMENT_METHODS = ['cash', 'transfer', 'pos', 'wechat', 'alipay'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
