import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from './order-model';

/** What a batch dialog will send, and the ticked orders it leaves out because their abilities say no. */
export function BatchPlan({ go, skip }: { go: Pick<OrderSummary, 'number'>[]; skip: Pick<OrderSummary, 'number'>[] }) {
  const { t } = useTranslation();
  const numbers = (rows: Pick<OrderSummary, 'number'>[]) => rows.map((o) => o.number).join(t('common:listSeparator'));
  return (
    <div className="batch-plan">
      <p>{t('orders:batch.goes', { count: go.length, numbers: numbers(go) })}</p>
      {skip.length ? (
        <Alert type="info" showIcon title={t('orders:batch.skipped', { count: skip.length, numbers: numbers(skip) })} />
      ) : null}
    </div>
  );
}
