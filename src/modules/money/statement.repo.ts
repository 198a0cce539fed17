import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { StatementTable } from './money.tables.js';

type Db = Kysely<Database>;

export const toStatement = (r: Selectable<StatementTable>) => ({
  id: r.id,
  agreementId: r.agreement_id,
  officeId: r.office_id,
  customerName: r.customer_name,
  month: r.month,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  amountFen: Number(r.amount_fen),
  visitCount: Number(r.visit_count),
  version: Number(r.version),
  paymentId: r.payment_id,
  paidAt: r.paid_at,
  paidMethod: r.paid_method,
  paidByName: r.paid_by_name,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
export type Statement = ReturnType<typeof toStatement>;

/** The statement of an agreement's month, made empty if it is the month's first accepted visit. */
export async function claimStatement(db: Db, row: StatementTable): Promise<Statement> {
  await db
    .insertInto('statements')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'agreement_id', 'month']).doNothing())
    .execute();
  const r = await db
    .selectFrom('statements')
    .selectAll()
    .where('tenant_id', '=', row.tenant_id)
    .where('agreement_id', '=', row.agreement_id)
    .where('month', '=', row.month)
    .executeTakeFirstOrThrow();
  return toStatement(r);
}

/** A visit joins its statement: the line, and the statement's amount and count grow in the same statement. */
export async function addLine(
  db: Db,
  tenantId: string,
  s: Statement,
  line: { orderId: string; acceptedAt: string; amountFen: number },
  at: string,
) {
  await db
    .insertInto('statement_orders')
    .values({
      tenant_id: tenantId,
      order_id: line.orderId,
      statement_id: s.id,
      office_id: s.officeId,
      accepted_at: line.acceptedAt,
      amount_fen: line.amountFen,
    })
    .execute();
  await db
    .updateTable('statements')
    .set((eb) => ({
      amount_fen: eb('amount_fen', '+', line.amountFen),
      visit_count: eb('visit_count', '+', 1),
      version: eb('version', '+', 1),
      updated_at: at,
    }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', s.id)
    .execute();
}

export async function findStatement(db: Db, tenantId: string, id: string) {
  const r = await db
    .selectFrom('statements as s')
    .innerJoin('org_nodes as n', (j) => j.onRef('n.tenant_id', '=', 's.tenant_id').onRef('n.id', '=', 's.office_id'))
    .selectAll('s')
    .select('n.path as office_path')
    .where('s.tenant_id', '=', tenantId)
    .where('s.id', '=', id)
    .executeTakeFirst();
  return r && { statement: toStatement(r), officePath: r.office_path };
}

export async function statementsOf(db: Db, tenantId: string, agreementId: string): Promise<Statement[]> {
  const rows = await db
    .selectFrom('statements')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('agreement_id', '=', agreementId)
    .orderBy('month', 'desc')
    .execute();
  return rows.map(toStatement);
}

/** The visits on the statements, with their order numbers. */
export async function linesOf(db: Db, tenantId: string, statementIds: string[]) {
  if (!statementIds.length) return [];
  const rows = await db
    .selectFrom('statement_orders as l')
    .innerJoin('orders as o', (j) => j.onRef('o.tenant_id', '=', 'l.tenant_id').onRef('o.id', '=', 'l.order_id'))
    .select(['l.statement_id', 'l.order_id', 'l.accepted_at', 'l.amount_fen', 'o.number'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.statement_id', 'in', statementIds)
    .orderBy('l.accepted_at')
    .execute();
  return rows.map((r) => ({
    statementId: r.statement_id,
    orderId: r.order_id,
    orderNumber: r.number,
    acceptedAt: r.accepted_at,
    amountFen: Number(r.amount_fen),
  }));
}

/** Records the statement's one payment if it is still at `version`; false when someone else got there first. */
export async function markPaid(
  db: Db,
  tenantId: string,
  s: Statement,
  p: { paymentId: string; at: string; method: string; byName: string },
): Promise<boolean> {
  const res = await db
    .updateTable('statements')
    .set({
      payment_id: p.paymentId,
      paid_at: p.at,
      paid_method: p.method,
      paid_by_name: p.byName,
      version: s.version + 1,
      updated_at: p.at,
    })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', s.id)
    .where('version', '=', s.version)
    .where('paid_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
