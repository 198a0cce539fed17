import { type ReactNode, useState } from 'react';
import { AssignDialog } from './AssignDialog';
import { CommandConfirm, type SimpleCommand } from './CommandConfirm';
import { ConfirmOrderDialog } from './ConfirmOrderDialog';
import { MaterialsDialog } from './MaterialsDialog';
import type { Order, OrderCommand } from './order-model';
import { PayDialog } from './PayDialog';
import { QuoteDialog } from './QuoteDialog';
import { ReasonDialog } from './ReasonDialog';
import { SignatureDialog } from './SignatureDialog';
import { hasStepDetails, StepDetailsDialog } from './StepDetailsDialog';

const SIMPLE: readonly OrderCommand[] = ['approve', 'depart', 'arrive', 'start', 'finish', 'close'];

/** The order the step buttons are shown in (the main one, `nextStep`, goes first). */
export const FLOW: readonly OrderCommand[] = [
  'quote',
  'confirm',
  'approve',
  'assign',
  'depart',
  'arrive',
  'start',
  'record_materials',
  'finish',
  'accept',
  'reject',
  'pay',
  'close',
  'cancel',
];

/**
 * The steps the server allows on this order now, as the user sees them: `abilities` decides, and the
 * on-the-way and arrived facts are offered once each (the server keeps the first time anyway), and approval
 * only where the order's type needs it and it is not given yet (the server would refuse it).
 */
export function openCommands(order: Order): OrderCommand[] {
  return FLOW.filter((c) => {
    if (!order.abilities[c]) return false;
    if (c === 'depart') return !order.departedAt && !order.arrivedAt;
    if (c === 'arrive') return !order.arrivedAt;
    if (c === 'approve') return order.typeDef.approvalBeforeDispatch && !order.approvedAt;
    return true;
  });
}

/** One dialog per step (or a confirm); `open(command)` shows it. Shared by the order page and the phone task page. */
export function useOrderDialogs(order: Order | undefined): { open(command: OrderCommand): void; dialogs: ReactNode } {
  const [current, setCurrent] = useState<OrderCommand | null>(null);
  const close = () => setCurrent(null);
  if (!order) return { open: setCurrent, dialogs: null };
  // A dialog stays mounted only while its step is allowed: if the order moves on under it, it goes.
  const shown = (c: OrderCommand) => current === c && order.abilities[c];
  // a step whose type asks for details with it (the checklist before leaving, a repair's cause) goes through a form
  const simple = (c: OrderCommand | null) => c !== null && SIMPLE.includes(c) && !hasStepDetails(order, c);
  const detailStep = current && shown(current) && hasStepDetails(order, current) ? current : null;
  const dialogs = (
    <>
      {shown('quote') ? <QuoteDialog order={order} open onClose={close} /> : null}
      {shown('confirm') ? <ConfirmOrderDialog order={order} open onClose={close} /> : null}
      {shown('assign') ? <AssignDialog order={order} open onClose={close} /> : null}
      {shown('record_materials') ? <MaterialsDialog order={order} open onClose={close} /> : null}
      {detailStep ? <StepDetailsDialog key={detailStep} order={order} command={detailStep} onClose={close} /> : null}
      {shown('accept') ? <SignatureDialog order={order} open onClose={close} /> : null}
      {shown('pay') ? <PayDialog order={order} open onClose={close} /> : null}
      {shown('reject') ? <ReasonDialog order={order} kind="reject" open onClose={close} /> : null}
      {shown('cancel') ? <ReasonDialog order={order} kind="cancel" open onClose={close} /> : null}
      <CommandConfirm
        order={order}
        command={current && simple(current) && order.abilities[current] ? (current as SimpleCommand) : null}
        onClose={close}
      />
    </>
  );
  return { open: setCurrent, dialogs };
}
