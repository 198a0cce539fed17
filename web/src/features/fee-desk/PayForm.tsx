import { PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Empty, Form, InputNumber, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { errorText } from '../../app/ui/error-text';
import { applyServerErrors } from '../../app/ui/form-errors';
import { formatFen } from '../../app/ui/money';
import { numberRange } from '../../app/ui/number-range';
import { ADVANCE_MONTHS, advanceQuery, type DeskUnit, FEE_DESK_KEY, METHODS, receiptPrintUrl } from './desk-queries';
import { earlierOwed } from './earlier-owed';

interface Values {
  billIds: string[];
  advanceMonths: number | null;
  method: (typeof METHODS)[number];
}

export interface Paid {
  receiptId: string | null;
  receiptNumber: string | null;
  amountFen: number;
}

/**
 * The unit's open bills (all takable ones ticked, oldest first), months ahead, the total, the method and 收款. A later
 * month taken while an earlier one of the same item stays unticked is asked first, naming the months left owed.
 */
export function PayForm({ desk, paid, onPaid }: { desk: DeskUnit; paid: Paid | null; onPaid(p: Paid | null): void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The payment waiting for the clerk's answer to 先收后面的月份？ */
  const [asking, setAsking] = useState<Values | null>(null);
  const takable = desk.openBills.filter((b) => !b.inBankCollection);
  const picked: string[] = Form.useWatch('billIds', form) ?? takable.map((b) => b.id);
  const typed: number = Form.useWatch('advanceMonths', form) ?? 0;
  // a number of months out of range is refused under the field and asked of nobody: the total takes none ahead
  const monthsInRange = typed >= ADVANCE_MONTHS.min && typed <= ADVANCE_MONTHS.max;
  const months = monthsInRange ? typed : 0;
  const advance = useQuery(advanceQuery(desk.unit.id, months));
  const billsFen = takable.filter((b) => picked.includes(b.id)).reduce((s, b) => s + b.dueFen, 0);
  const advanceFen = months > 0 ? (advance.data?.totalFen ?? 0) : 0;
  const total = billsFen + advanceFen;
  const advanceReady = monthsInRange && (months === 0 || advance.isSuccess);
  const aheadItems = months > 0 ? (advance.data?.bills ?? []).map((b) => b.itemId) : [];
  const owed = earlierOwed(desk.openBills, picked, aheadItems);

  const pay = async (v: Values, confirmEarlierOwed: boolean) => {
    const res = await unwrap(
      api.POST('/api/fee-payments', {
        body: {
          unitId: desk.unit.id,
          billIds: v.billIds ?? [],
          advanceMonths: v.advanceMonths ?? 0,
          method: v.method,
          amountFen: total,
          ...(confirmEarlierOwed ? { confirmEarlierOwed } : {}),
        },
      }),
    );
    onPaid({ receiptId: res.receiptId, receiptNumber: res.receiptNumber, amountFen: res.amountFen });
    await queryClient.invalidateQueries({ queryKey: FEE_DESK_KEY });
  };
  const submit = async (v: Values) => {
    setFailure(null);
    if (owed.length) {
      setAsking(v);
      return;
    }
    setBusy(true);
    try {
      await pay(v, false);
    } catch (e) {
      setFailure(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="fee-desk-pay">
      {paid ? (
        <Alert
          type="success"
          showIcon
          role="status"
          className="fee-desk-paid"
          title={t('feeDesk:pay.done', { number: paid.receiptNumber ?? '—', amount: formatFen(paid.amountFen) })}
          action={
            paid.receiptId ? (
              <Button icon={<PrinterOutlined aria-hidden />} href={receiptPrintUrl(paid.receiptId, i18n.language)} target="_blank">
                {t('feeDesk:pay.print')}
              </Button>
            ) : null
          }
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ billIds: takable.map((b) => b.id), advanceMonths: 0, method: 'cash' }}
        onFinish={submit}
        onValuesChange={() => onPaid(null)}
      >
        <Form.Item name="billIds" label={t('feeDesk:pay.bills')}>
          {desk.openBills.length === 0 ? (
            <Empty description={t('feeDesk:pay.noBills')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Checkbox.Group className="fee-desk-bills">
              {desk.openBills.map((b) => (
                <Checkbox key={b.id} value={b.id} disabled={b.inBankCollection}>
                  {`${b.period} ${b.itemName} ${formatFen(b.dueFen)}`}
                  {b.adjustmentFen ? ` ${t('feeDesk:pay.adjusted', { amount: formatFen(b.adjustmentFen) })}` : ''}
                  {b.inBankCollection ? ` ${t('feeDesk:pay.inBank')}` : ''}
                </Checkbox>
              ))}
            </Checkbox.Group>
          )}
        </Form.Item>
        <Form.Item
          name="advanceMonths"
          label={t('feeDesk:pay.advance')}
          extra={t('feeDesk:pay.advanceHint')}
          rules={numberRange(t, ADVANCE_MONTHS)}
          validateStatus={advance.isError ? 'error' : undefined}
          help={advance.isError ? errorText(t, advance.error) : undefined}
        >
          <InputNumber precision={0} />
        </Form.Item>
        {months > 0 && advance.data ? (
          <ul className="fee-desk-advance" aria-label={t('feeDesk:pay.advanceBills')}>
            {advance.data.bills.map((b) => (
              <li key={`${b.itemId}-${b.period}`}>{`${b.period} ${b.itemName} ${formatFen(b.amountFen)}`}</li>
            ))}
          </ul>
        ) : null}
        <p className="fee-desk-total" aria-live="polite">
          {t('feeDesk:pay.total', { amount: formatFen(total) })}
        </p>
        <Form.Item name="method" label={t('feeDesk:pay.method')} rules={[{ required: true, message: t('validation:required') }]}>
          <Select options={METHODS.map((m) => ({ value: m, label: t(`feeDesk:methods.${m}`) }))} />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure} className="form-alert" /> : null}
        <Button type="primary" htmlType="submit" loading={busy} disabled={total <= 0 || !advanceReady}>
          {t('feeDesk:pay.submit')}
        </Button>
      </Form>
      {asking ? (
        <ConfirmAction
          open
          title={t('feeDesk:pay.outOfOrder.title')}
          description={
            <>
              <p>{t('feeDesk:pay.outOfOrder.owed')}</p>
              <ul className="fee-desk-owed">
                {owed.map((b) => (
                  <li key={b.id}>{`${b.period} ${b.itemName} ${formatFen(b.dueFen)}`}</li>
                ))}
              </ul>
              <p>{t('feeDesk:pay.outOfOrder.question')}</p>
            </>
          }
          okText={t('feeDesk:pay.outOfOrder.ok')}
          onConfirm={() => pay(asking, true)}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
