import { Button, Modal, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Ok } from '../../api/types';
import { codeText } from '../../app/ui/error-text';
import type { BatchAction } from './batch';

/** What the server answered for a batch: one outcome per order sent. */
export type BatchResult = Ok<'/api/orders/batch/close', 'post'>;

/** The outcome of a batch, order by order: those done, and each refused one with the server's reason. */
export function BatchResultModal(props: { action: BatchAction; result: BatchResult | null; onClose(): void }) {
  const { t } = useTranslation();
  const results = props.result?.results ?? [];
  const done = results.filter((r) => r.outcome === 'done');
  const refused = results.filter((r) => r.outcome === 'refused');
  return (
    <Modal
      open={props.result !== null}
      title={t(`orders:batch.resultTitle.${props.action}`)}
      onCancel={props.onClose}
      footer={<Button onClick={props.onClose}>{t('common:actions.close')}</Button>}
      destroyOnHidden
    >
      {refused.length === 0 ? <Result status="success" title={t('orders:batch.allDone')} className="batch-all-done" /> : null}
      {done.length ? (
        <section className="batch-result batch-done" aria-labelledby="batch-done">
          <h3 id="batch-done">{t('orders:batch.done', { count: done.length })}</h3>
          <p>{done.map((r) => r.number).join(t('common:listSeparator'))}</p>
        </section>
      ) : null}
      {refused.length ? (
        <section className="batch-result batch-refused" aria-labelledby="batch-refused">
          <h3 id="batch-refused">{t('orders:batch.refused', { count: refused.length })}</h3>
          <ul className="plain-list">
            {refused.map((r) => (
              <li key={r.id}>
                <strong>{r.number}</strong>
                {t('common:labelSeparator')}
                {r.refusal ? codeText(t, r.refusal.code, r.refusal.message) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Modal>
  );
}
