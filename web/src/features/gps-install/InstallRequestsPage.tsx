import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { type InstallRequestQuery, type InstallRequestRow, installRequestsQuery } from './install-queries';
import './gps-install.css';

const FILTERS = ['office'] as const;

/** 安装需求单 (A4.4.1): the department's installation requests, newest first, with how far each got. */
export function InstallRequestsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const canTake = useAbility('intake');
  const list = useListParams(FILTERS);
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const query: InstallRequestQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(list.filters.office ? { officeId: list.filters.office } : {}),
  };
  const requests = useQuery(installRequestsQuery(query));
  const progress = (r: InstallRequestRow) =>
    t('gpsInstall:list.progress', { dispatched: r.dispatched, fitted: r.fitted, total: r.vehicles });
  const filtered = Boolean(list.q || list.filters.office);

  return (
    <div className="gps-install">
      <PageHeader
        title={t('gpsInstall:list.title')}
        subtitle={t('gpsInstall:list.subtitle')}
        extra={
          canTake ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => navigate('/gps/install-requests/new')}>
              {t('gpsInstall:actions.new')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('gpsInstall:list.search')}
          placeholder={t('gpsInstall:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() || null })}
        />
        <OrgTreeSelect
          aria-label={t('gpsInstall:list.office')}
          placeholder={t('gpsInstall:list.office')}
          value={list.filters.office}
          onChange={(v) => list.update({ office: v ?? null })}
          allowClear
        />
      </search>
      {requests.isError ? (
        <QueryError error={requests.error} onRetry={() => requests.refetch()} />
      ) : (
        <ResponsiveTable<InstallRequestRow>
          label={t('gpsInstall:list.title')}
          rowKey="id"
          items={requests.data?.items}
          total={requests.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={requests.isFetching}
          empty={<Empty description={t(filtered ? 'gpsInstall:list.noMatch' : 'gpsInstall:list.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            {
              key: 'number',
              title: t('gpsInstall:fields.number'),
              render: (_, r) => <Link to={`/gps/install-requests/${r.id}`}>{r.number}</Link>,
            },
            { key: 'customer', title: t('gpsInstall:fields.customer'), dataIndex: 'customerName' },
            { key: 'contact', title: t('gpsInstall:fields.contact'), render: (_, r) => `${r.contactName} ${r.phone}` },
            { key: 'vehicles', title: t('gpsInstall:fields.vehicles'), dataIndex: 'vehicles', align: 'right' },
            { key: 'dispatched', title: t('gpsInstall:fields.dispatched'), dataIndex: 'dispatched', align: 'right' },
            { key: 'fitted', title: t('gpsInstall:fields.fitted'), dataIndex: 'fitted', align: 'right' },
            { key: 'office', title: t('gpsInstall:fields.office'), dataIndex: 'officeName' },
            {
              key: 'created',
              title: t('gpsInstall:fields.created'),
              render: (_, r) => `${format.dateTime(r.createdAt)} ${r.createdByName}`,
            },
          ]}
          renderCard={(r) => (
            <Link to={`/gps/install-requests/${r.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{r.number}</span>
                <span>{progress(r)}</span>
              </div>
              <div className="record-card-line">{r.customerName}</div>
              <div className="record-card-line">
                {r.contactName} {r.phone} · {format.dateTime(r.createdAt)}
              </div>
            </Link>
          )}
        />
      )}
    </div>
  );
}
