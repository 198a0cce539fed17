import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { DetailFields, type DetailValues, detailsToSend } from './DetailFields';
import type { Order } from './order-model';
import { partyContext } from './party';
import { useOrderCommand } from './use-order-command';

/** The steps whose type may ask for details on the way (the checklist before leaving, A4.4.4; a repair's cause at the end). */
export type DetailCommand = 'depart' | 'arrive' | 'start' | 'finish';
export const DETAIL_COMMANDS: readonly DetailCommand[] = ['depart', 'arrive', 'start', 'finish'];

/** Whether the order's type opens detail fields at this step: then it goes through this form, not a bare confirm. */
export const hasStepDetails = (order: Order, command: string): command is DetailCommand =>
  DETAIL_COMMANDS.includes(command as DetailCommand) && order.typeDef.fields.some((f) => f.editAt.includes(command as DetailCommand));

const send = (command: DetailCommand, id: string, version: number, details: Record<string, string | boolean>) => {
  const params = { path: { id } };
  const body = { version, details };
  switch (command) {
    case 'depart':
      return api.POST('/api/orders/{id}/depart', { params, body });
    case 'arrive':
      return api.POST('/api/orders/{id}/arrive', { params, body });
    case 'start':
      return api.POST('/api/orders/{id}/start', { params, body });
    case 'finish':
      return api.POST('/api/orders/{id}/finish', { params, body });
  }
};

type Values = { details?: DetailValues };

/** What the order holds, with each empty field the type fills from another put in (a swap's old terminal: the order's). */
const withInitialValues = (fields: Order['typeDef']['fields'], details: Order['details']): Order['details'] => {
  const out = { ...details };
  for (const f of fields) {
    const from = f.initialFrom ? details[f.initialFrom] : undefined;
    if (from !== undefined && (out[f.key] === undefined || out[f.key] === '')) out[f.key] = from;
  }
  return out;
};

/**
 * A step whose order type asks for something with it: the checklist ticked before leaving (出发), on arrival or at
 * the start, a repair's cause and swapped numbers at the end. The fields come from the type's list, filled with
 * what the order already holds; the server refuses without them and its field (an unticked box) is marked.
 */
export function StepDetailsDialog({ order, command, onClose }: { order: Order; command: DetailCommand; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const run = useOrderCommand(order);
  const [form] = Form.useForm<Values>();
  const fields = order.typeDef.fields;

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('orders:stepDetails.title', { step: t(`orders:actions.${command}`), number: order.number })}
      okText={t(`orders:actions.${command}`)}
      initialValues={{ details: withInitialValues(fields, order.details) }}
      onClose={onClose}
      onSubmit={async (v) => {
        const details = detailsToSend(fields, command, v.details);
        await run((version) => send(command, order.id, version, details));
        toast.success(t(`orders:steps.${command}.done`, partyContext(order.typeDef)));
      }}
    >
      <p className="muted">{t(`orders:stepDetails.text.${command}`, partyContext(order.typeDef))}</p>
      <DetailFields type={order.type} fields={fields} step={command} />
    </FormModal>
  );
}
