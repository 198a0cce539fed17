/**
 * The work steps of an order on the spot, each on the current work round: start, the materials used,
 * finish, and the owner's decision on the round — accepted with a signature, or rejected for rework
 * (A7.4.6). They take the one command path of order-steps.service.ts.
 */
import type { Tx, UseCase } from '../../platform/context.js';
import { fieldError } from '../../platform/http/errors.js';
import { checkImage } from '../../platform/images.js';
import { addVisitToStatement } from '../money/statement.service.js';
import { lineAmount, MAX_LINE_FEN, toMilli } from './order.rules.js';
import { type KnownParts, type LoadedOrder, recordFile, storeFiles } from './order.service.js';
import type { MaterialLine, WorkRound } from './order.types.js';
import { replaceMaterials } from './order-lines.repo.js';
import { saveRound } from './order-rounds.repo.js';
import { nothing, runCommand } from './order-steps.service.js';
import { applyDetails, type OrderDetails, orderType } from './order-types.js';

/**
 * Writes the order's current round as `change` makes it from the rounds the order's load read (a new one at the first
 * start or after rework), and puts every round as they now are in `known` for the answer.
 */
async function saveCurrentRound(tx: Tx, { order, rounds }: LoadedOrder, known: KnownParts, change: (round: WorkRound) => WorkRound) {
  const saved = change(
    rounds.find((r) => r.roundNo === order.round) ?? {
      roundNo: order.round,
      startedAt: null,
      finishedAt: null,
      outcome: null,
      reason: null,
      signerName: null,
      signatureBlobId: null,
      decidedAt: null,
    },
  );
  await saveRound(tx.db, tx.actor.tenantId, order.id, saved);
  known.rounds = [...rounds.filter((r) => r.roundNo !== saved.roundNo), saved].sort((a, b) => a.roundNo - b.roundNo);
}

export const startOrder = (ctx: UseCase, id: string, version: number, details?: OrderDetails) =>
  runCommand(
    ctx,
    id,
    'start',
    version,
    nothing,
    async (tx, o, loaded, known) => {
      await saveCurrentRound(tx, loaded, known, (round) => ({ ...round, startedAt: round.startedAt ?? tx.now }));
      return { startedAt: o.startedAt ?? tx.now, arrivedAt: o.arrivedAt ?? tx.now };
    },
    undefined,
    details,
  );

export interface MaterialsInput {
  version: number;
  materials: { name: string; unitLabel: string; unitPriceFen: number; quantity: number }[];
}

/** Materials used (A2.4.2.2): the material fee and the total follow. */
export function recordMaterials(ctx: UseCase, id: string, input: MaterialsInput) {
  const lines: MaterialLine[] = input.materials.map((m, i) => {
    const quantityMilli = toMilli(m.quantity);
    if (quantityMilli === null)
      throw fieldError('unprocessable', 'order.quantity_invalid', `materials.${i}.quantity`, 'a positive quantity with at most 3 decimals');
    const amountFen = lineAmount(m.unitPriceFen, quantityMilli, MAX_LINE_FEN);
    if (amountFen === null)
      throw fieldError('unprocessable', 'order.amount_too_large', `materials.${i}.unitPriceFen`, 'a line of at most 1,000,000 yuan');
    return { lineNo: i + 1, name: m.name, unitLabel: m.unitLabel, unitPriceFen: m.unitPriceFen, quantityMilli, amountFen };
  });
  return runCommand(
    ctx,
    id,
    'record_materials',
    input.version,
    async () => ({ facts: { materials: lines } }),
    async (tx, o, loaded, known) => {
      await replaceMaterials(tx.db, tx.actor.tenantId, o.id, lines);
      known.materials = lines;
      const { lines: _charged, ...fees } = orderType(o.type).pricing(loaded.lines, lines, o.details);
      return fees;
    },
    { materials: lines },
  );
}

/** Work finished; the details the type asks for at the end (a repair's cause) come with it. */
export function finishOrder(ctx: UseCase, id: string, version: number, sent?: OrderDetails) {
  let details: OrderDetails;
  return runCommand(
    ctx,
    id,
    'finish',
    version,
    async (_tx, { order }) => {
      details = applyDetails(orderType(order.type), 'finish', order.details, sent);
      return { patch: { details } };
    },
    async (tx, _o, loaded, known) => {
      await saveCurrentRound(tx, loaded, known, (round) => ({ ...round, finishedAt: tx.now }));
      return { completedAt: tx.now, details };
    },
  );
}

/** The owner signs on screen to accept the work (A7.4.6, X2): no signature, no acceptance. */
export async function acceptOrder(ctx: UseCase, id: string, input: { version: number; signerName: string; signature: string }) {
  let blobId = '';
  const image = input.signature ? await checkImage(input.signature, 'signature', 'signature') : null;
  // the signature is on disk before the transaction that names it (a refused acceptance leaves it unnamed)
  const [file] = image ? await storeFiles(ctx, [image]) : [];
  return runCommand(
    ctx,
    id,
    'accept',
    input.version,
    async () => ({ facts: { signature: image && { signerName: input.signerName, png: image.bytes } } }),
    async (tx, o, loaded, known) => {
      blobId = await recordFile(tx, file!);
      await saveCurrentRound(tx, loaded, known, (round) => ({
        ...round,
        outcome: 'accepted',
        signerName: input.signerName,
        signatureBlobId: blobId,
        decidedAt: tx.now,
      }));
      // a visit of an agreement paid monthly is charged on the month's statement, from the moment it is accepted
      if (o.billing === 'monthly' && o.agreementId) await addVisitToStatement(tx, { ...o, agreementId: o.agreementId, acceptedAt: tx.now });
      return { acceptedAt: tx.now };
    },
    () => ({ signerName: input.signerName, signatureBlobId: blobId }),
  );
}

/** The owner is not satisfied: the round is kept with the reason and the work is redone (A7.4.6). */
export function rejectOrder(ctx: UseCase, id: string, input: { version: number; reason: string }) {
  return runCommand(
    ctx,
    id,
    'reject',
    input.version,
    async () => ({ facts: { reason: input.reason } }),
    async (tx, o, loaded, known) => {
      await saveCurrentRound(tx, loaded, known, (round) => ({
        ...round,
        outcome: 'rework',
        reason: input.reason,
        decidedAt: tx.now,
      }));
      return { round: o.round + 1, completedAt: null };
    },
    { reason: input.reason },
  );
}
