import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useToast } from '../../app/ui/toast';
import type { Order } from './order-model';
import { partyContext } from './party';
import { useOrderCommand } from './use-order-command';

/** The steps that carry nothing but the version: a fact recorded now, confirmed first. */
export type SimpleCommand = 'approve' | 'depart' | 'arrive' | 'start' | 'finish' | 'close';

const send = (command: SimpleCommand, id: string, version: number) => {
  const params = { path: { id } };
  const body = { version };
  switch (command) {
    case 'approve':
      return api.POST('/api/orders/{id}/approve', { params, body });
    case 'depart':
      return api.POST('/api/orders/{id}/depart', { params, body });
    case 'arrive':
      return api.POST('/api/orders/{id}/arrive', { params, body });
    case 'start':
      return api.POST('/api/orders/{id}/start', { params, body });
    case 'finish':
      return api.POST('/api/orders/{id}/finish', { params, body });
    case 'close':
      return api.POST('/api/orders/{id}/close', { params, body });
  }
};

/** Asks before a step that cannot be taken back, then records it with the version the user saw. */
export function CommandConfirm({ order, command, onClose }: { order: Order; command: SimpleCommand | null; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const run = useOrderCommand(order);
  // Keep the last step's words while the dialog closes.
  const last = useRef<SimpleCommand>('start');
  if (command) last.current = command;
  const shown = last.current;
  return (
    <ConfirmAction
      open={command !== null}
      title={t(`orders:steps.${shown}.title`, { number: order.number })}
      description={
        // a free order (a repair under warranty, an installation) is closed with nothing paid
        shown === 'close' && !order.paidAt
          ? t('orders:steps.close.text_unpaid')
          : t(`orders:steps.${shown}.text`, partyContext(order.typeDef))
      }
      okText={t(`orders:actions.${shown}`, partyContext(order.typeDef))}
      onClose={onClose}
      onConfirm={async () => {
        if (!command) return;
        await run((version) => send(command, order.id, version));
        toast.success(t(`orders:steps.${command}.done`, partyContext(order.typeDef)));
      }}
    />
  );
}
