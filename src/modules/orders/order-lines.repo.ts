/**
 * An order's item lines (what was quoted from the price list) and the materials used on the spot
 * (A2.4.2.2): both are part of the order, replaced whole when they change and read back in line order.
 */
import type { Kysely, Selectable } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';
import type { MaterialLine, OrderLine } from './order.types.js';
import type { OrderLineTable } from './orders.tables.js';

type Db = Kysely<Database>;

const n = (v: number | null) => (v === null ? null : Number(v));

const linesOf = prepared((db, a: { tenantId: string; orderId: string }) =>
  db.selectFrom('order_lines').selectAll().where('tenant_id', '=', a.tenantId).where('order_id', '=', a.orderId).orderBy('line_no'),
);

/** The columns of a line, as the order's load reads them too (`order.repo.ts`). */
export const LINE_COLUMNS = ['line_no', 'item_id', 'item_name', 'unit', 'unit_price_fen', 'quantity_milli', 'amount_fen'] as const;

type LineRow = Pick<Selectable<OrderLineTable>, (typeof LINE_COLUMNS)[number]>;

export const toLine = (r: LineRow): OrderLine => ({
  lineNo: Number(r.line_no),
  itemId: r.item_id,
  itemName: r.item_name,
  unit: r.unit,
  unitPriceFen: n(r.unit_price_fen),
  quantityMilli: Number(r.quantity_milli),
  amountFen: n(r.amount_fen),
});

export async function listLines(db: Db, tenantId: string, orderId: string): Promise<OrderLine[]> {
  const { rows } = await linesOf(db, { tenantId, orderId });
  return rows.map(toLine);
}

const linesRemover = prepared((db, a: { tenantId: string; orderId: string }) =>
  db.deleteFrom('order_lines').where('tenant_id', '=', a.tenantId).where('order_id', '=', a.orderId),
);

/** Replaces the item lines (they are part of the order, audited with it). */
export async function replaceLines(db: Db, tenantId: string, orderId: string, lines: OrderLine[]) {
  await linesRemover(db, { tenantId, orderId });
  await insertLines(db, tenantId, orderId, lines);
}

const lineInserter = prepared((db, a: OrderLine & { tenantId: string; orderId: string }) =>
  db.insertInto('order_lines').values({
    tenant_id: a.tenantId,
    order_id: a.orderId,
    line_no: a.lineNo,
    item_id: a.itemId,
    item_name: a.itemName,
    unit: a.unit,
    unit_price_fen: a.unitPriceFen,
    quantity_milli: a.quantityMilli,
    amount_fen: a.amountFen,
  }),
);

/** The lines of an order that has none yet (one just taken): a row each, an order has a few. */
export async function insertLines(db: Db, tenantId: string, orderId: string, lines: OrderLine[]) {
  for (const l of lines) await lineInserter(db, { tenantId, orderId, ...l });
}

const materialsOf = prepared((db, a: { tenantId: string; orderId: string }) =>
  db.selectFrom('order_materials').selectAll().where('tenant_id', '=', a.tenantId).where('order_id', '=', a.orderId).orderBy('line_no'),
);

export async function listMaterials(db: Db, tenantId: string, orderId: string): Promise<MaterialLine[]> {
  const { rows } = await materialsOf(db, { tenantId, orderId });
  return rows.map((r) => ({
    lineNo: Number(r.line_no),
    name: r.name,
    unitLabel: r.unit_label,
    unitPriceFen: Number(r.unit_price_fen),
    quantityMilli: Number(r.quantity_milli),
    amountFen: Number(r.amount_fen),
  }));
}

export async function replaceMaterials(db: Db, tenantId: string, orderId: string, lines: MaterialLine[]) {
  await db.deleteFrom('order_materials').where('tenant_id', '=', tenantId).where('order_id', '=', orderId).execute();
  if (lines.length) {
    await db
      .insertInto('order_materials')
      .values(
        lines.map((l) => ({
          tenant_id: tenantId,
          order_id: orderId,
          line_no: l.lineNo,
          name: l.name,
          unit_label: l.unitLabel,
          unit_price_fen: l.unitPriceFen,
          quantity_milli: l.quantityMilli,
          amount_fen: l.amountFen,
        })),
      )
      .execute();
  }
}
