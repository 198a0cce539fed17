import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { PriceLinesTable } from './PriceLinesTable';
import { PriceListActions } from './PriceListActions';
import { PriceListEditor } from './PriceListEditor';
import { PriceListStateTag } from './PriceListStateTag';
import { priceListQuery } from './pricelist-queries';

/** The office's next list while it is prepared, checked and approved (A2.4.2.1): editable while a draft or returned. */
export function PreparedList({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useQuery(priceListQuery(id));
  const [dirty, setDirty] = useState(false);
  const onDirty = useCallback((d: boolean) => setDirty(d), []);

  if (list.isPending) return <Skeleton active />;
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  const l = list.data;
  const meta = [
    l.submittedAt ? t('pricelists:meta.submitted', { by: l.submittedBy ?? '', at: format.dateTime(l.submittedAt) }) : null,
    l.approvedAt ? t('pricelists:meta.approved', { by: l.approvedBy ?? '', at: format.dateTime(l.approvedAt) }) : null,
  ].filter(Boolean);

  return (
    <section className="panel pricelist-section" aria-labelledby="prepared-list">
      <div className="pricelist-head">
        <div>
          <h2 id="prepared-list" className="pricelist-title">
            {t('pricelists:prepared.heading')} <PriceListStateTag state={l.state} />
          </h2>
          <div className="pricelist-meta">
            {l.title}
            {meta.length ? ` · ${meta.join(' · ')}` : ''}
          </div>
        </div>
        <PriceListActions list={l} dirty={dirty} />
      </div>
      {l.state === 'returned' && l.returnReason ? (
        <Alert type="warning" showIcon className="detail-alert" title={t('pricelists:prepared.returned', { reason: l.returnReason })} />
      ) : null}
      {l.state === 'approved' ? (
        <Alert type="info" showIcon className="detail-alert" title={t('pricelists:prepared.approvedHint')} />
      ) : null}
      {l.abilities.edit ? (
        <PriceListEditor list={l} onDirty={onDirty} />
      ) : (
        <PriceLinesTable lines={l.lines} label={t('pricelists:prepared.heading')} />
      )}
    </section>
  );
}
