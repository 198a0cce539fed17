import './callbacks.css';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Radio, Space, type TableProps, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useListParams } from '../../app/ui/use-list-params';
import { HistoryButton } from '../history/HistoryButton';
import { LocalTable } from '../money/LocalTable';
import { CallbackState } from './CallbackState';
import { type CallbackItem, callbacksQuery, isMonth } from './callback-queries';

const FILTERS = ['org', 'month', 'state'] as const;

/** 回访: the sampled orders of a month to call back, with their draws; month and state in the URL. */
export function CallbacksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const scope = useOrgScope();
  const list = useListParams(FILTERS);
  const { org } = list.filters;
  const month = isMonth(list.filters.month);
  const state = list.filters.state === 'to_do' || list.filters.state === 'done' ? list.filters.state : undefined;

  useEffect(() => {
    if (!org && scope.chosenOrgId) list.update({ org: scope.chosenOrgId }, { replace: true, keepPage: true });
  }, [org, scope.chosenOrgId, list.update]);

  const callbacks = useQuery({
    ...callbacksQuery({ orgId: org, month, state }),
    enabled: !scope.urlOrgInvisible && (Boolean(org) || !scope.chosenOrgId) && scope.orgs.isSuccess,
  });
  const shownMonth = callbacks.data?.month ?? month;

  const columns: TableProps<CallbackItem>['columns'] = [
    { key: 'order', title: t('callbacks:fields.order'), render: (_, c) => <Link to={`/callbacks/${c.id}`}>{c.order.number}</Link> },
    { key: 'customer', title: t('callbacks:fields.customer'), render: (_, c) => c.order.customerName },
    { key: 'phone', title: t('callbacks:fields.phone'), render: (_, c) => c.order.customerPhone ?? '' },
    { key: 'office', dataIndex: 'officeName', title: t('callbacks:fields.office') },
    { key: 'assignee', title: t('callbacks:fields.assignee'), render: (_, c) => c.assigneeName ?? t('callbacks:unassigned') },
    { key: 'state', title: t('callbacks:fields.state'), render: (_, c) => <CallbackState callback={c} /> },
    {
      key: 'actions',
      title: t('common:fields.actions'),
      render: (_, c) => (
        <Link to={`/callbacks/${c.id}`}>{c.abilities.record ? t('callbacks:actions.record') : t('callbacks:actions.open')}</Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('callbacks:title')}
        subtitle={t('callbacks:subtitle')}
        extra={
          <Space wrap>
            <Link to={`/satisfaction?${new URLSearchParams({ ...(org ? { org } : {}), ...(shownMonth ? { month: shownMonth } : {}) })}`}>
              {t('callbacks:satisfaction.title')}
            </Link>
            <ExportButton path="/api/callbacks/export.xlsx" query={{ orgId: org, month: shownMonth, state }} />
          </Space>
        }
      />
      <search className="callback-toolbar">
        <DatePicker
          picker="month"
          aria-label={t('callbacks:fields.month')}
          value={shownMonth ? dayjs(`${shownMonth}-01`) : null}
          allowClear={false}
          onChange={(v) => list.update({ month: v ? v.format('YYYY-MM') : null })}
        />
        <Radio.Group
          optionType="button"
          aria-label={t('callbacks:fields.state')}
          value={state ?? 'all'}
          onChange={(e) => list.update({ state: e.target.value === 'all' ? null : e.target.value })}
          options={[
            { value: 'all', label: t('callbacks:filters.all') },
            { value: 'to_do', label: t('callbacks:states.to_do') },
            { value: 'done', label: t('callbacks:states.done') },
          ]}
        />
      </search>
      {callbacks.data ? (
        <section className="callback-draws" aria-label={t('callbacks:draws.title')}>
          {callbacks.data.draws.length === 0 ? (
            <span>{t('callbacks:draws.none', { month: callbacks.data.month })}</span>
          ) : (
            callbacks.data.draws.map((d) => (
              <span key={d.id}>
                {t('callbacks:draws.line', {
                  office: d.officeName,
                  month: callbacks.data.month,
                  candidates: d.candidates,
                  sampled: d.sampled,
                  size: d.sampleSize,
                  seed: d.seed,
                  at: format.dateTime(d.drawnAt),
                })}{' '}
                <HistoryButton entity="callback_draw" id={d.id} name={`${d.officeName} ${callbacks.data.month}`} />
              </span>
            ))
          )}
        </section>
      ) : null}
      {callbacks.isError ? (
        <QueryError error={callbacks.error} onRetry={() => callbacks.refetch()} />
      ) : (
        <LocalTable<CallbackItem>
          label={t('callbacks:title')}
          rowKey="id"
          columns={columns}
          items={callbacks.data?.items}
          loading={callbacks.isFetching}
          empty={<Empty description={t('callbacks:empty')} />}
          renderCard={(c) => (
            <>
              <div className="record-card-title">
                <Link to={`/callbacks/${c.id}`}>{c.order.number}</Link>
                <CallbackState callback={c} />
              </div>
              <div className="record-card-line">
                {c.order.customerName} {c.order.customerPhone ? <a href={`tel:${c.order.customerPhone}`}>{c.order.customerPhone}</a> : null}
              </div>
              <div className="record-card-line muted">
                {c.officeName} · {c.assigneeName ?? t('callbacks:unassigned')}
              </div>
              {c.followUpState === 'open' ? <Tag className="callback-tag callback-tag-open">{t('callbacks:followUp.open')}</Tag> : null}
            </>
          )}
        />
      )}
    </>
  );
}
