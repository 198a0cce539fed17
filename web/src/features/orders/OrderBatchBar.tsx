import { Alert, Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { errorText } from '../../app/ui/error-text';
import { useToast } from '../../app/ui/toast';
import { type BatchResult, runBatch } from './batch';
import type { OrderSummary } from './order-model';
import { useOrderChanged } from './order-queries';

/**
 * Actions on the orders ticked in the list: close the paid ones, each refused on its own if it moved on
 * meanwhile; what was refused is listed with the reason.
 */
export function OrderBatchBar({ selected, onClear }: { selected: OrderSummary[]; onClear(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useOrderChanged();
  const [closing, setClosing] = useState(false);
  const [result, setResult] = useState<BatchResult | null>(null);
  const closable = selected.filter((o) => o.abilities.close);

  const report = (r: BatchResult) => {
    if (r.done) toast.success(t('orders:batch.done', { count: r.done }));
    if (r.failed.length) setResult(r);
    onClear();
  };

  return (
    <div className="batch-bar" role="toolbar" aria-label={t('orders:batch.label')}>
      <span>{t('orders:batch.selected', { count: selected.length })}</span>
      <Button disabled={!closable.length} onClick={() => setClosing(true)}>
        {t('orders:batch.close', { count: closable.length })}
      </Button>
      <Button type="link" onClick={onClear}>
        {t('orders:batch.clear')}
      </Button>
      <ConfirmAction
        open={closing}
        title={t('orders:batch.closeTitle', { count: closable.length })}
        description={t('orders:batch.closeText', { numbers: closable.map((o) => o.number).join(t('common:listSeparator')) })}
        okText={t('orders:actions.close')}
        onClose={() => setClosing(false)}
        onConfirm={async () =>
          report(
            await runBatch(closable, async (o) =>
              changed(await unwrap(api.POST('/api/orders/{id}/close', { params: { path: { id: o.id } }, body: { version: o.version } }))),
            ),
          )
        }
      />
      <Modal
        open={result !== null}
        title={t('orders:batch.failedTitle', { count: result?.failed.length ?? 0 })}
        onCancel={() => setResult(null)}
        footer={<Button onClick={() => setResult(null)}>{t('common:actions.close')}</Button>}
      >
        <Alert type="warning" showIcon title={t('orders:batch.failedText')} />
        <ul className="plain-list batch-failures">
          {result?.failed.map((f) => (
            <li key={f.number}>
              <strong>{f.number}</strong>
              {t('common:labelSeparator')}
              {errorText(t, f.error)}
            </li>
          ))}
        </ul>
      </Modal>
    </div>
  );
}
