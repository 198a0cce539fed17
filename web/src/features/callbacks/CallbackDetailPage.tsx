import './callbacks.css';
import '../money/money.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { CallbackState } from './CallbackState';
import { callbackQuery, useRefreshCallbacks } from './callback-queries';
import { FollowUpSection } from './FollowUpSection';
import { RecordCallbackForm } from './RecordCallbackForm';

/** One callback: the order and owner to call, the record form while it is to do, the result and its follow-up. */
export function CallbackDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshCallbacks();
  const query = useQuery(callbackQuery(id));
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  if (!query.data) return <PageSpinner />;
  const c = query.data;
  const o = c.order;

  return (
    <>
      <PageHeader
        title={t('callbacks:detail.title', { number: o.number })}
        subtitle={<CallbackState callback={c} />}
        extra={<HistoryButton entity="callback" id={c.id} name={o.number} />}
      />
      <dl className="callback-facts">
        <dt>{t('callbacks:fields.order')}</dt>
        <dd>
          <Link to={`/orders/${c.orderId}`}>{o.number}</Link>
        </dd>
        <dt>{t('callbacks:fields.customer')}</dt>
        <dd>{o.customerName}</dd>
        <dt>{t('callbacks:fields.phone')}</dt>
        <dd>{o.customerPhone ? <a href={`tel:${o.customerPhone}`}>{o.customerPhone}</a> : '—'}</dd>
        <dt>{t('callbacks:fields.address')}</dt>
        <dd>{o.address ?? '—'}</dd>
        <dt>{t('callbacks:fields.acceptedAt')}</dt>
        <dd>{o.acceptedAt ? format.dateTime(o.acceptedAt) : '—'}</dd>
        <dt>{t('callbacks:fields.office')}</dt>
        <dd>{c.officeName}</dd>
        <dt>{t('callbacks:fields.assignee')}</dt>
        <dd>{c.assigneeName ?? t('callbacks:unassigned')}</dd>
        <dt>{t('callbacks:fields.month')}</dt>
        <dd>{c.month}</dd>
        {c.state === 'done' ? (
          <>
            <dt>{t('callbacks:record.comments')}</dt>
            <dd>{c.comments ?? '—'}</dd>
            <dt>{t('callbacks:record.followUp')}</dt>
            <dd>{c.followUp ?? '—'}</dd>
            <dt>{t('callbacks:fields.recordedAt')}</dt>
            <dd>{c.recordedAt ? format.dateTime(c.recordedAt) : '—'}</dd>
          </>
        ) : null}
      </dl>
      {c.abilities.record ? (
        <section aria-labelledby="record-title">
          <h2 id="record-title">{c.state === 'done' ? t('callbacks:record.again') : t('callbacks:record.title')}</h2>
          <RecordCallbackForm key={c.version} callback={c} onSaved={refresh} />
        </section>
      ) : null}
      <FollowUpSection callback={c} onSaved={refresh} />
    </>
  );
}
