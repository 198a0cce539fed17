import { composeModule } from '../../platform/module-parts.js';
import { arrearsPart } from './arrears.part.js';
import { bankPart } from './bank.part.js';
import { billsPart } from './bill.part.js';
import { deskPart } from './desk.part.js';
import { replaceReceipt } from './fee-payment.repo.js';
import { standardsPart } from './fee-standard.part.js';
import { feePermissions, feeRoleDefaults } from './fees.permissions.js';
import { feesMigrations } from './migrations/fees.migrations.js';

/**
 * Property fees (篇二 A2.3, A2.4.1.1): fee items and standards approved by HQ and the general manager, monthly
 * bill runs, collection at the desk and by bank (托收), arrears and the collection rate. One part per record;
 * the parts' demos run in this order (standards before the bills they price, bills before their payments).
 */
export const feesModule = composeModule(
  {
    name: 'fees',
    clauses: ['A2.3', 'A2.4.1.1'],
    migrations: [feesMigrations],
    permissions: feePermissions,
    roleDefaults: feeRoleDefaults,
    // 补开 at the money module: the desk's payment names its new receipt, in the replacement's transaction
    subscriptions: { 'receipt.replaced': (tx, e) => replaceReceipt(tx.db, tx.actor.tenantId, e) },
  },
  [standardsPart, billsPart, deskPart, bankPart, arrearsPart],
);
