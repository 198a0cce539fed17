import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import { findOrgByCode } from '../orgs/org.repo.js';
import { issueBook, registerBook, requestBook } from './receipt-book.service.js';

/** Who keeps a book in stock: the property company's finance department, or the health centre's own custodian. */
const FINANCE = {
  pm: { custodian: 'zhengkj', org: 'pm-finance' },
  chc: { custodian: 'cuikj', org: 'chc' },
} as const;

/**
 * Receipt books: finance keeps series A in stock and has issued one to each office's cashier; the health centre's
 * custodian keeps its own series WS and has issued one to the centre's cashier.
 */
export const DEMO_BOOKS: {
  series: string;
  firstNo: number;
  lastNo: number;
  cashier?: string;
  office?: string;
  requester?: string;
  finance?: keyof typeof FINANCE;
  reason?: string;
}[] = [
  { series: 'A', firstNo: 1, lastNo: 50, cashier: 'chenjing', office: 'office-a', requester: 'wangfang' },
  { series: 'A', firstNo: 51, lastNo: 100, cashier: 'huangli', office: 'office-b', requester: 'zhaolei' },
  { series: 'A', firstNo: 101, lastNo: 150 },
  { series: 'A', firstNo: 151, lastNo: 200 },
  // the GPS department's cashier, who takes the technicians' cash, writes its receipts from a book of their own
  { series: 'A', firstNo: 201, lastNo: 250, cashier: 'songcn', office: 'gps', requester: 'songcn' },
  // the health centre's cashier takes the home-infusion fees (A5.7); the centre's head holds no receipts.request
  {
    series: 'WS',
    firstNo: 1,
    lastNo: 50,
    cashier: 'wusf',
    office: 'chc',
    requester: 'wusf',
    finance: 'chc',
    reason: '中心收费员领用收据，收取出诊输液费用',
  },
  { series: 'WS', firstNo: 51, lastNo: 100, finance: 'chc' },
];

/** The demo's receipt books: registered by finance, the first ones requested by the offices and issued to their cashiers. */
export async function seedBooks(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const existing = await ctx.db.selectFrom('receipt_books').select('id').where('tenant_id', '=', t).limit(1).execute();
  if (existing.length) return 0;
  for (const b of DEMO_BOOKS) {
    const finance = FINANCE[b.finance ?? 'pm'];
    const custodian = await actAs(ctx, finance.custodian);
    const holderId = (await findOrgByCode(ctx.db, t, finance.org))!.id;
    const book = await registerBook(custodian, { orgId: holderId, series: b.series, firstNo: b.firstNo, lastNo: b.lastNo });
    if (!b.cashier || !b.office || !b.requester) continue;
    const requester = await actAs(ctx, b.requester);
    const officeId = (await findOrgByCode(ctx.db, t, b.office))!.id;
    const cashierId = (await findUserByUsername(ctx.db, t, b.cashier))!.user.id;
    const request = await requestBook(requester, { orgId: officeId, cashierId, reason: b.reason ?? '收费员领用收据，上一本即将用完' });
    await issueBook(custodian, request.id, book.id);
  }
  return DEMO_BOOKS.length;
}
