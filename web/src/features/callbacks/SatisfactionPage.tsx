import './callbacks.css';
import '../money/money.css';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useListParams } from '../../app/ui/use-list-params';
import { LocalTable } from '../money/LocalTable';
import { isMonth, percent, type Satisfaction, satisfactionQuery, type Tally } from './callback-queries';
import { TrendChart } from './TrendChart';

type StaffRow = Satisfaction['staff'][number];
type ItemRow = Satisfaction['items'][number];
const FILTERS = ['org', 'month'] as const;

/** 满意率: the month's rate with its definition, the 12-month trend, and the rate per staff member. */
export function SatisfactionPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const list = useListParams(FILTERS);
  const { org } = list.filters;
  const month = isMonth(list.filters.month);

  useEffect(() => {
    if (!org && scope.chosenOrgId) list.update({ org: scope.chosenOrgId }, { replace: true, keepPage: true });
  }, [org, scope.chosenOrgId, list.update]);

  const query = useQuery({
    ...satisfactionQuery({ orgId: org, month }),
    enabled: !scope.urlOrgInvisible && (Boolean(org) || !scope.chosenOrgId) && scope.orgs.isSuccess,
  });
  const data = query.data;
  const shownMonth = data?.month ?? month;
  const c = data?.current;

  // the same figures for a staff member and for a service item
  const figures = <R extends Omit<Tally, 'month'>>(): NonNullable<TableProps<R>['columns']> => [
    { key: 'rate', title: t('callbacks:satisfaction.rate'), align: 'right', render: (_, s) => percent(s.ratePermille) },
    { key: 'satisfied', dataIndex: 'satisfied', title: t('callbacks:levels.satisfied'), align: 'right' },
    { key: 'basically', dataIndex: 'basicallySatisfied', title: t('callbacks:levels.basically_satisfied'), align: 'right' },
    { key: 'dissatisfied', dataIndex: 'dissatisfied', title: t('callbacks:levels.dissatisfied'), align: 'right' },
    { key: 'reached', dataIndex: 'reached', title: t('callbacks:satisfaction.reached'), align: 'right' },
    { key: 'total', dataIndex: 'total', title: t('callbacks:satisfaction.total'), align: 'right' },
  ];
  const columns: TableProps<StaffRow>['columns'] = [
    { key: 'name', dataIndex: 'displayName', title: t('callbacks:satisfaction.staff') },
    ...figures<StaffRow>(),
  ];
  const itemColumns: TableProps<ItemRow>['columns'] = [
    { key: 'item', dataIndex: 'itemName', title: t('callbacks:satisfaction.item') },
    ...figures<ItemRow>(),
  ];

  return (
    <>
      <PageHeader
        title={t('callbacks:satisfaction.title')}
        extra={
          <Link to={`/callbacks?${new URLSearchParams({ ...(org ? { org } : {}), ...(shownMonth ? { month: shownMonth } : {}) })}`}>
            {t('callbacks:title')}
          </Link>
        }
      />
      <p className="satisfaction-definition">{t('callbacks:satisfaction.definition')}</p>
      <search className="callback-toolbar">
        <DatePicker
          picker="month"
          aria-label={t('callbacks:fields.month')}
          value={shownMonth ? dayjs(`${shownMonth}-01`) : null}
          allowClear={false}
          onChange={(v) => list.update({ month: v ? v.format('YYYY-MM') : null })}
        />
      </search>
      {query.isError ? <QueryError error={query.error} onRetry={() => query.refetch()} /> : null}
      {c ? (
        <>
          <section className="satisfaction-figures" aria-label={t('callbacks:satisfaction.monthFigures', { month: c.month })}>
            <div className="satisfaction-figure">
              {t('callbacks:satisfaction.rate')}
              <strong data-testid="satisfaction-rate">{percent(c.ratePermille)}</strong>
            </div>
            <div className="satisfaction-figure">
              {t('callbacks:levels.satisfied')}
              <strong>{c.satisfied}</strong>
            </div>
            <div className="satisfaction-figure">
              {t('callbacks:levels.basically_satisfied')}
              <strong>{c.basicallySatisfied}</strong>
            </div>
            <div className="satisfaction-figure">
              {t('callbacks:levels.dissatisfied')}
              <strong>{c.dissatisfied}</strong>
            </div>
            <div className="satisfaction-figure">
              {t('callbacks:satisfaction.reached')}
              <strong>{c.reached}</strong>
            </div>
            <div className="satisfaction-figure">
              {t('callbacks:satisfaction.pendingOrNot')}
              <strong>
                {c.pending} / {c.notReached}
              </strong>
            </div>
          </section>
          <section className="money-section" aria-labelledby="trend-title">
            <h2 id="trend-title">{t('callbacks:satisfaction.trend')}</h2>
            <TrendChart trend={data.trend} />
          </section>
          <section className="money-section" aria-labelledby="staff-title">
            <h2 id="staff-title">{t('callbacks:satisfaction.byStaff', { month: c.month })}</h2>
            <LocalTable<StaffRow>
              label={t('callbacks:satisfaction.byStaff', { month: c.month })}
              rowKey="userId"
              columns={columns}
              items={data.staff}
              loading={query.isFetching}
              empty={<Empty description={t('callbacks:satisfaction.noStaff')} />}
              renderCard={(s) => (
                <>
                  <div className="record-card-title">
                    <span>{s.displayName}</span>
                    <span>{percent(s.ratePermille)}</span>
                  </div>
                  <div className="record-card-line muted">
                    {t('callbacks:satisfaction.staffLine', {
                      satisfied: s.satisfied,
                      basically: s.basicallySatisfied,
                      dissatisfied: s.dissatisfied,
                      reached: s.reached,
                    })}
                  </div>
                </>
              )}
            />
          </section>
          <section className="money-section" aria-labelledby="item-title">
            <h2 id="item-title">{t('callbacks:satisfaction.byItem', { month: c.month })}</h2>
            <p className="muted">{t('callbacks:satisfaction.itemNote')}</p>
            <LocalTable<ItemRow>
              label={t('callbacks:satisfaction.byItem', { month: c.month })}
              rowKey="itemId"
              columns={itemColumns}
              items={data.items}
              loading={query.isFetching}
              empty={<Empty description={t('callbacks:satisfaction.noItems')} />}
              renderCard={(i) => (
                <>
                  <div className="record-card-title">
                    <span>{i.itemName}</span>
                    <span>{percent(i.ratePermille)}</span>
                  </div>
                  <div className="record-card-line muted">
                    {t('callbacks:satisfaction.staffLine', {
                      satisfied: i.satisfied,
                      basically: i.basicallySatisfied,
                      dissatisfied: i.dissatisfied,
                      reached: i.reached,
                    })}
                  </div>
                </>
              )}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
