import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Result, Select, Space, type TableProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { User } from '../../api/types';
import { useAbility } from '../../app/auth/use-me';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { Initial } from '../../app/ui/Initial';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { StatusTag } from '../../app/ui/StatusTag';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { CreateUserModal } from './CreateUserModal';
import { usersQuery } from './user-queries';

const FILTERS = ['org', 'active'] as const;
type Sortable = 'username' | 'displayName' | 'createdAt' | 'org';
const SORTABLE: readonly string[] = ['username', 'displayName', 'createdAt', 'org'];

/**
 * The users of the working node's subtree. Page, sort, search and filters live in the URL, so a
 * copied link shows the same list.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const scope = useOrgScope();
  const canManage = useAbility('manageUsers');
  const list = useListParams(FILTERS, { sort: 'username' });
  const [search, setSearch] = useState(list.q);
  const [creating, setCreating] = useState(false);
  const orgId = list.filters.org;

  // The list is always scoped in its URL: a link opens the same node's users.
  useEffect(() => {
    if (!orgId && scope.chosenOrgId) list.update({ org: scope.chosenOrgId }, { replace: true, keepPage: true });
  }, [orgId, scope.chosenOrgId, list.update]);
  useEffect(() => setSearch(list.q), [list.q]);

  const sort = list.sort && SORTABLE.includes(list.sort.replace(/^-/, '')) ? (list.sort as Sortable | `-${Sortable}`) : undefined;
  const active = list.filters.active === 'true' || list.filters.active === 'false' ? list.filters.active : undefined;
  const users = useQuery({
    ...usersQuery({ page: list.page, pageSize: list.pageSize, sort, q: list.q || undefined, orgId, active }),
    // Wait until the URL names the working node (one request, not two).
    enabled: !scope.urlOrgInvisible && (Boolean(orgId) || !scope.chosenOrgId) && scope.orgs.isSuccess,
  });

  const columns: TableProps<User>['columns'] = [
    {
      key: 'displayName',
      dataIndex: 'displayName',
      title: t('users:fields.displayName'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'displayName'),
      render: (_, u) => (
        <Link to={`/users/${u.id}`} className="user-name-link">
          <Initial name={u.displayName} small />
          {u.displayName}
        </Link>
      ),
    },
    {
      key: 'username',
      dataIndex: 'username',
      title: t('users:fields.username'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'username'),
    },
    { key: 'org', dataIndex: 'orgName', title: t('users:fields.org'), sorter: true, sortOrder: sortOrderOf(list.sort, 'org') },
    { key: 'phone', dataIndex: 'phone', title: t('users:fields.phone'), render: (p: string | null) => p ?? t('common:empty') },
    { key: 'active', title: t('common:fields.status'), render: (_, u) => <StatusTag active={u.active} /> },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: t('common:fields.createdAt'),
      sorter: true,
      sortOrder: sortOrderOf(list.sort, 'createdAt'),
      render: (v: string) => format.date(v),
    },
  ];

  if (scope.urlOrgInvisible) {
    return (
      <>
        <PageHeader title={t('users:title')} />
        <Result
          status="404"
          title={t('common:state.orgNotFoundTitle')}
          subTitle={t('common:state.orgNotFoundText')}
          extra={
            <Button type="primary" onClick={() => list.update({ org: scope.chosenOrgId })}>
              {t('common:state.showMyOrg')}
            </Button>
          }
        />
      </>
    );
  }

  const filtered = Boolean(list.q || active);
  return (
    <>
      <PageHeader
        title={t('users:title')}
        subtitle={scope.org ? t('users:subtitle', { org: scope.org.name }) : t('users:subtitleAll')}
        extra={
          <Space wrap>
            <ExportButton path="/api/users/export.xlsx" query={{ sort, q: list.q || undefined, orgId, active }} />
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('users:actions.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('users:list.search')}
          placeholder={t('users:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() })}
        />
        <Select
          aria-label={t('users:list.statusFilter')}
          className="status-filter"
          value={active ?? 'all'}
          onChange={(v: string) => list.update({ active: v === 'all' ? null : v })}
          options={[
            { value: 'all', label: t('users:list.allStatuses') },
            { value: 'true', label: t('common:status.active') },
            { value: 'false', label: t('common:status.inactive') },
          ]}
        />
      </search>
      {users.isError ? (
        <QueryError error={users.error} onRetry={() => users.refetch()} />
      ) : (
        <ResponsiveTable<User>
          label={t('users:list.label')}
          rowKey="id"
          columns={columns}
          items={users.data?.items}
          total={users.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={users.isFetching}
          empty={
            <Empty description={filtered ? t('users:list.noMatch') : t('users:list.empty')}>
              {filtered ? <Button onClick={() => list.update({ q: null, active: null })}>{t('common:list.clearFilters')}</Button> : null}
            </Empty>
          }
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          renderCard={(u) => (
            <Link to={`/users/${u.id}`} className="record-card-link">
              <div className="record-card-title">
                <span className="user-name-link">
                  <Initial name={u.displayName} small />
                  {u.displayName}
                </span>
                <StatusTag active={u.active} />
              </div>
              <div className="record-card-line record-card-indent">
                {u.username} · {u.orgName}
              </div>
              {u.phone ? <div className="record-card-line record-card-indent">{u.phone}</div> : null}
            </Link>
          )}
        />
      )}
      {canManage ? (
        <CreateUserModal
          open={creating}
          defaultOrgId={scope.org?.active ? scope.org.id : undefined}
          onClose={() => setCreating(false)}
          onCreated={(id) => navigate(`/users/${id}`)}
        />
      ) : null}
    </>
  );
}
