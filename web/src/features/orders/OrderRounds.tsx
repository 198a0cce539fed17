import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import type { Order } from './order-model';
import { partyContext } from './party';

/** Every round of work and how the owner judged it: the reason of each rework, the signature of the acceptance (A7.4.6). */
export function OrderRounds({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!order.rounds.length) return null;
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : t('common:empty'));
  return (
    <section className="panel" aria-labelledby="order-rounds">
      <h2 id="order-rounds" className="card-heading">
        {t('orders:detail.rounds')}
      </h2>
      {order.rounds.map((r) => (
        <article key={r.roundNo} className="order-round" aria-label={t('orders:rounds.title', { n: r.roundNo })}>
          <div className="order-round-head">
            <strong>{t('orders:rounds.title', { n: r.roundNo })}</strong>
            {r.outcome === 'accepted' ? (
              <Tag className="order-state order-state-accepted">{t('orders:rounds.accepted', partyContext(order.typeDef))}</Tag>
            ) : r.outcome === 'rework' ? (
              <Tag className="order-state order-state-rework">{t('orders:rounds.rework')}</Tag>
            ) : (
              <Tag className="order-state order-state-in_progress">{t('orders:rounds.open')}</Tag>
            )}
          </div>
          <div className="muted small">{t('orders:rounds.times', { started: when(r.startedAt), finished: when(r.finishedAt) })}</div>
          {r.reason ? <p className="order-round-reason">{t('orders:rounds.reason', { reason: r.reason })}</p> : null}
          {r.signatureBlobId ? (
            <figure className="order-signature">
              <img
                className="signature-image"
                src={`/api/orders/${order.id}/images/${r.signatureBlobId}`}
                alt={t('orders:rounds.signatureOf', { name: r.signerName ?? '' })}
              />
              <figcaption className="muted small">
                {t('orders:rounds.signedBy', { name: r.signerName ?? '', at: when(r.decidedAt) })}
              </figcaption>
            </figure>
          ) : null}
        </article>
      ))}
    </section>
  );
}
