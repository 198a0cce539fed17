import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../app/ui/error-text';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { printUrl as receiptPrintUrl, reprint } from '../money/receipt-actions';
import { nextStep } from './next-step';
import type { Order, OrderCommand } from './order-model';
import { partyContext } from './party';
import { openCommands, useOrderDialogs } from './use-order-dialogs';
import { useOrderReceipts } from './use-order-receipts';

const DANGER: readonly OrderCommand[] = ['cancel', 'reject'];

/** The buttons of an order page: exactly the steps `abilities` allows, the workflow's next step first and primary; print and history. */
export function OrderActions({ order }: { order: Order }) {
  const { t, i18n } = useTranslation();
  const { open, dialogs } = useOrderDialogs(order);
  const toast = useToast();
  // Once paid, the receipt written with the payment is printed next, from here (A2.4.2.3).
  const receipt = useOrderReceipts(order).data?.find((r) => !r.voidedAt);
  const receiptNext = order.state === 'paid' && Boolean(receipt);
  const primary = receiptNext ? null : nextStep(order, openCommands(order));
  const commands = openCommands(order).sort((a, b) => Number(b === primary) - Number(a === primary));
  const label = (c: OrderCommand) =>
    c === 'assign' && order.staff.length ? t('orders:actions.reassign') : t(`orders:actions.${c}`, partyContext(order.typeDef));
  const lang = i18n.language === 'en' ? '?lang=en' : '';
  const printUrl = `/api/orders/${order.id}/print${lang}`;

  return (
    <>
      {commands.map((c) => (
        <Button key={c} type={c === primary ? 'primary' : 'default'} danger={DANGER.includes(c)} onClick={() => open(c)}>
          {label(c)}
        </Button>
      ))}
      {receipt ? (
        <>
          <Button
            type={receiptNext ? 'primary' : 'default'}
            icon={<PrinterOutlined aria-hidden />}
            href={receiptPrintUrl(receipt.id, 'receipt', i18n.language)}
            target="_blank"
            rel="noopener"
          >
            {t('orders:actions.printReceipt')}
          </Button>
          <Button onClick={() => reprint(receipt.id, i18n.language).catch((e) => toast.error(errorText(t, e)))}>
            {t('orders:actions.reprintReceipt')}
          </Button>
        </>
      ) : null}
      <Button icon={<PrinterOutlined aria-hidden />} href={printUrl} target="_blank" rel="noopener">
        {t('orders:actions.print')}
      </Button>
      {/* A4.4.5: the label stuck on a terminal taken back for repair, with the plate and the fault */}
      {order.type === 'gps_repair' ? (
        <Button icon={<PrinterOutlined aria-hidden />} href={`/api/orders/${order.id}/repair-label${lang}`} target="_blank" rel="noopener">
          {t('orders:actions.printRepairLabel')}
        </Button>
      ) : null}
      <HistoryButton entity="order" id={order.id} name={order.number} />
      {dialogs}
    </>
  );
}
