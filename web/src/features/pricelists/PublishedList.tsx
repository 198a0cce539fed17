import { useQuery } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { PriceLinesTable } from './PriceLinesTable';
import { PriceListStateTag } from './PriceListStateTag';
import { priceListQuery } from './pricelist-queries';

/** The prices posted now (公示): the only ones a quote may use. */
export function PublishedList({ id }: { id: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery({ ...priceListQuery(id ?? ''), enabled: Boolean(id) });

  return (
    <section className="panel pricelist-section" aria-labelledby="published-list">
      <div className="pricelist-head">
        <div>
          <h2 id="published-list" className="pricelist-title">
            {t('pricelists:published.heading')} {list.data ? <PriceListStateTag state={list.data.state} /> : null}
          </h2>
          {list.data ? (
            <div className="pricelist-meta">
              {list.data.title} ·{' '}
              {t('pricelists:meta.published', {
                at: list.data.publishedAt ? format.dateTime(list.data.publishedAt) : '',
                by: list.data.approvedBy ?? '',
              })}
            </div>
          ) : null}
        </div>
        {list.data ? <HistoryButton entity="pricelist" id={list.data.id} name={list.data.title} /> : null}
      </div>
      {!id ? (
        <Empty description={t('pricelists:published.none')} />
      ) : list.isPending ? (
        <Skeleton active />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <PriceLinesTable lines={list.data.lines} label={t('pricelists:published.heading')} />
      )}
    </section>
  );
}
