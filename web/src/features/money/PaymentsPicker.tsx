import { Button, Checkbox } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import type { Holding } from './money-queries';

/** Up to this many payments are listed at once; more (a guard's day of parking fees) are summed up first. */
const FEW = 5;

interface Props {
  payments: Holding['payments'];
  /** The ids picked (the form's `paymentIds`). */
  value?: string[];
  onChange?(value: string[]): void;
  id?: string;
}

/**
 * The payments a holder hands over, as a form control. A few are listed to tick; many (74 parking charges of a guard's
 * shift) are said as how many are picked of how many and when they were taken, with the list to check or untick one
 * behind a button and in a box of its own, so the dialog's own button stays within a phone's screen.
 */
export function PaymentsPicker({ payments, value = [], onChange, id }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const many = payments.length > FEW;
  const [open, setOpen] = useState(!many);
  const listId = useId();
  const picked = new Set(value);
  const all = payments.length > 0 && payments.every((p) => picked.has(p.paymentId));
  const times = payments.map((p) => p.collectedAt).sort();
  return (
    <div id={id} className="payments-picker">
      {many ? (
        <div className="payments-summary">
          <strong>{t('money:cash.pickedOf', { picked: value.length, count: payments.length })}</strong>
          <span className="muted">
            {t('money:cash.collectedBetween', { from: format.dateTime(times[0]!), to: format.dateTime(times[times.length - 1]!) })}
          </span>
          <Button type="link" className="payments-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? t('money:cash.hideList') : t('money:cash.showList', { count: payments.length })}
          </Button>
        </div>
      ) : null}
      <div id={listId} hidden={!open} className={many ? 'payments-list payments-list-long' : 'payments-list'}>
        {many ? (
          <Checkbox
            checked={all}
            indeterminate={!all && value.length > 0}
            onChange={(e) => onChange?.(e.target.checked ? payments.map((p) => p.paymentId) : [])}
          >
            {t('money:cash.pickAll')}
          </Checkbox>
        ) : null}
        <Checkbox.Group className="money-checks" value={value} onChange={(v) => onChange?.(v as string[])}>
          {payments.map((p) => (
            <Checkbox key={p.paymentId} value={p.paymentId}>
              {p.payer} · {formatFen(p.amountFen)}
            </Checkbox>
          ))}
        </Checkbox.Group>
      </div>
    </div>
  );
}
