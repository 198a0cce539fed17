import { useQuery } from '@tanstack/react-query';
import { Empty, Input, Pagination, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useDebounced } from '../../app/ui/use-debounced';
import { CarParkSelect } from '../parking-register/CarParkSelect';
import { dueStaysQuery } from './collect-queries';
import './parking-collect.css';

const PAGE_SIZE = 20;

/** 待收停车费: the charged, unpaid stays of the guard's car parks, the latest exit first; each opens its collection page. */
export function DueStaysPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [q, setQ] = useState('');
  const [carParkId, setCarParkId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const plate = useDebounced(q.trim());
  const due = useQuery(dueStaysQuery({ page, pageSize: PAGE_SIZE, ...(plate ? { q: plate } : {}), ...(carParkId ? { carParkId } : {}) }));

  return (
    <div className="gate-page">
      <PageHeader
        title={t('parkingCollect:due.title')}
        subtitle={due.data ? t('parkingCollect:due.total', { count: due.data.total }) : undefined}
      />
      <div className="gate-filters">
        <Input.Search
          aria-label={t('parkingCollect:due.searchLabel')}
          placeholder={t('parkingCollect:due.search')}
          allowClear
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setPage(1);
          }}
        />
        <CarParkSelect
          label={t('parkingCollect:due.allCarParks')}
          allowClear
          value={carParkId}
          onChange={(v) => {
            setCarParkId(v);
            setPage(1);
          }}
        />
      </div>
      {due.isError ? (
        <QueryError error={due.error} onRetry={() => due.refetch()} />
      ) : !due.data ? (
        <Spin />
      ) : due.data.items.length === 0 ? (
        <Empty description={t('parkingCollect:due.empty')} />
      ) : (
        <>
          <ul className="gate-list" aria-label={t('parkingCollect:due.title')}>
            {due.data.items.map((s) => (
              <li key={s.id}>
                <Link to={`/gate/collect/${s.id}`}>
                  <span>
                    <strong>{s.plate}</strong>
                    <br />
                    <span className="gate-where">
                      {s.estateName} {s.carParkName} ·{' '}
                      {s.exitedAt ? t('parkingCollect:due.exitedAt', { time: f.dateTime(s.exitedAt) }) : ''}
                    </span>
                  </span>
                  <span className="gate-amount">{formatFen(s.chargeFen ?? 0)}</span>
                </Link>
              </li>
            ))}
          </ul>
          {due.data.total > PAGE_SIZE ? (
            <Pagination simple current={page} pageSize={PAGE_SIZE} total={due.data.total} onChange={setPage} style={{ marginTop: 12 }} />
          ) : null}
        </>
      )}
    </div>
  );
}
