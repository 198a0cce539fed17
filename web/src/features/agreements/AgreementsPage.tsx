import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Result, Select, Space, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { ExportButton } from '../../app/ui/ExportButton';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { AgreementStateTag } from './AgreementStateTag';
import { AGREEMENT_STATES, type AgreementListQuery, type AgreementState, type AgreementSummary } from './agreement-model';
import { agreementsQuery } from './agreement-queries';
import { scheduleText } from './schedule-text';
import './agreements.css';

const FILTERS = ['org', 'state'] as const;
const SORTABLE = ['createdAt', 'number', 'startDate', 'endDate'] as const;
type Sort = NonNullable<AgreementListQuery['sort']>;

/** Special-service agreements of the working node: search, office, state, page and sort in the URL. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scope = useOrgScope();
  const canManage = useAbility('manageAgreements');
  const list = useListParams(FILTERS, { sort: '-createdAt' });
  const { org } = list.filters;
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);

  useEffect(() => {
    if (!org && scope.chosenOrgId) list.update({ org: scope.chosenOrgId }, { replace: true, keepPage: true });
  }, [org, scope.chosenOrgId, list.update]);

  const sortField = list.sort?.replace(/^-/, '');
  const sort = sortField && (SORTABLE as readonly string[]).includes(sortField) ? (list.sort as Sort) : undefined;
  const states = (list.filters.state ?? '').split(',').filter((s): s is AgreementState => (AGREEMENT_STATES as string[]).includes(s));
  const query: AgreementListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    sort,
    q: list.q || undefined,
    officeId: org,
    state: states.length ? states.join(',') : undefined,
  };
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const agreements = useQuery({
    ...agreementsQuery(query),
    enabled: !scope.urlOrgInvisible && (Boolean(org) || !scope.chosenOrgId) && scope.orgs.isSuccess,
  });

  const sorter = (field: (typeof SORTABLE)[number]) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, field) });
  const columns: TableProps<AgreementSummary>['columns'] = [
    {
      key: 'number',
      title: t('agreements:fields.number'),
      ...sorter('number'),
      render: (_, a) => <Link to={`/agreements/${a.id}`}>{a.number}</Link>,
    },
    { key: 'state', title: t('agreements:fields.state'), render: (_, a) => <AgreementStateTag state={a.state} /> },
    {
      key: 'owner',
      title: t('agreements:fields.ownerName'),
      render: (_, a) => (
        <>
          <div>{a.ownerName}</div>
          <div className="muted small">{a.address}</div>
        </>
      ),
    },
    { key: 'schedule', title: t('agreements:fields.schedule'), render: (_, a) => scheduleText(t, a.schedule) },
    { key: 'startDate', title: t('agreements:fields.startDate'), ...sorter('startDate'), dataIndex: 'startDate' },
    { key: 'endDate', title: t('agreements:fields.endDate'), ...sorter('endDate'), dataIndex: 'endDate' },
    {
      key: 'perVisit',
      title: t('agreements:fields.perVisit'),
      align: 'right',
      render: (_, a) => <span className="money">{formatFen(a.perVisitFen)}</span>,
    },
    { key: 'office', title: t('agreements:fields.office'), dataIndex: 'officeName' },
  ];

  if (scope.urlOrgInvisible) {
    return (
      <>
        <PageHeader title={t('agreements:title')} />
        <Result status="404" title={t('common:state.orgNotFoundTitle')} subTitle={t('common:state.orgNotFoundText')} />
      </>
    );
  }

  const filtered = Boolean(list.q || states.length);
  return (
    <>
      <PageHeader
        title={t('agreements:title')}
        subtitle={t('agreements:subtitle')}
        extra={
          <Space wrap>
            <ExportButton path="/api/agreements/export.xlsx" query={filters} />
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/agreements/new')}>
                {t('agreements:actions.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <search className="toolbar agreement-filters">
        <Input.Search
          className="search"
          aria-label={t('agreements:list.search')}
          placeholder={t('agreements:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => list.update({ q: v.trim() })}
        />
        <div className="agreement-office-filter">
          <label htmlFor="agreement-office-filter" className="sr-only">
            {t('agreements:list.officeFilter')}
          </label>
          <OrgTreeSelect
            id="agreement-office-filter"
            value={org}
            onChange={(v) => list.update({ org: v ?? null })}
            placeholder={t('agreements:list.officeFilter')}
          />
        </div>
        <Select
          mode="multiple"
          className="agreement-state-filter"
          aria-label={t('agreements:list.stateFilter')}
          placeholder={t('agreements:list.stateFilter')}
          allowClear
          maxTagCount="responsive"
          value={states}
          onChange={(v: AgreementState[]) => list.update({ state: v.join(',') })}
          options={AGREEMENT_STATES.map((s) => ({ value: s, label: t(`agreements:states.${s}`) }))}
        />
      </search>
      {agreements.isError ? (
        <QueryError error={agreements.error} onRetry={() => agreements.refetch()} />
      ) : (
        <ResponsiveTable<AgreementSummary>
          label={t('agreements:list.label')}
          rowKey="id"
          columns={columns}
          items={agreements.data?.items}
          total={agreements.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={agreements.isFetching}
          empty={
            <Empty description={filtered ? t('agreements:list.noMatch') : t('agreements:list.empty')}>
              {filtered ? <Button onClick={() => list.update({ q: null, state: null })}>{t('common:list.clearFilters')}</Button> : null}
            </Empty>
          }
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          renderCard={(a) => (
            <Link to={`/agreements/${a.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{a.number}</span>
                <AgreementStateTag state={a.state} />
              </div>
              <div className="record-card-line">
                {a.ownerName} · {a.address}
              </div>
              <div className="record-card-line">
                {scheduleText(t, a.schedule)} · {formatFen(a.perVisitFen)}
              </div>
            </Link>
          )}
        />
      )}
    </>
  );
}
