import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, type TableProps, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../api/types';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { RoleFormModal } from './RoleFormModal';
import { rolesQuery } from './role-queries';
import { useRoleName } from './use-role-name';

const FILTERS = ['type'] as const;

/** The roles of the organisation: built-in (from the regulations) and custom, with how much each may do. */
export function RolesPage() {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const canManage = useAbility('manageRoles');
  const roles = useQuery(rolesQuery);
  const list = useListParams(FILTERS, { pageSize: 20 });
  const [search, setSearch] = useState(list.q);
  const [creating, setCreating] = useState(false);
  useEffect(() => setSearch(list.q), [list.q]);

  // The server answers every role at once (a few dozen); search and paging happen here, still in the URL.
  const filtered = useMemo(() => {
    const needle = list.q.trim().toLowerCase();
    return (roles.data ?? []).filter(
      (r) =>
        (list.filters.type !== 'builtin' || r.builtin) &&
        (list.filters.type !== 'custom' || !r.builtin) &&
        (!needle || roleName(r).toLowerCase().includes(needle) || r.code.includes(needle) || r.name.toLowerCase().includes(needle)),
    );
  }, [roles.data, list.q, list.filters.type, roleName]);
  const pageItems = filtered.slice((list.page - 1) * list.pageSize, list.page * list.pageSize);

  const columns: TableProps<Role>['columns'] = [
    { key: 'name', title: t('roles:fields.name'), render: (_, r) => <Link to={`/roles/${r.id}`}>{roleName(r)}</Link> },
    { key: 'code', title: t('roles:fields.code'), render: (_, r) => <code>{r.code}</code> },
    {
      key: 'type',
      title: t('roles:fields.type'),
      render: (_, r) => (r.builtin ? <Tag>{t('roles:type.builtin')}</Tag> : <Tag color="blue">{t('roles:type.custom')}</Tag>),
    },
    {
      key: 'permissions',
      title: t('roles:fields.permissionCount'),
      render: (_, r) => t('roles:permissions.count', { count: r.permissions.length }),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('roles:title')}
        subtitle={t('roles:subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('roles:actions.create')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('roles:list.search')}
          placeholder={t('roles:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() })}
        />
        <Select
          aria-label={t('roles:list.typeFilter')}
          className="status-filter"
          value={list.filters.type === 'builtin' || list.filters.type === 'custom' ? list.filters.type : 'all'}
          onChange={(v: string) => list.update({ type: v === 'all' ? null : v })}
          options={[
            { value: 'all', label: t('roles:list.allTypes') },
            { value: 'builtin', label: t('roles:type.builtin') },
            { value: 'custom', label: t('roles:type.custom') },
          ]}
        />
      </search>
      {roles.isError ? (
        <QueryError error={roles.error} onRetry={() => roles.refetch()} />
      ) : (
        <ResponsiveTable<Role>
          label={t('roles:list.label')}
          rowKey="id"
          columns={columns}
          items={roles.data ? pageItems : undefined}
          total={filtered.length}
          page={list.page}
          pageSize={list.pageSize}
          loading={roles.isPending}
          empty={<Empty description={list.q || list.filters.type ? t('roles:list.noMatch') : t('roles:list.empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(r) => (
            <Link to={`/roles/${r.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{roleName(r)}</span>
                {r.builtin ? <Tag>{t('roles:type.builtin')}</Tag> : <Tag color="blue">{t('roles:type.custom')}</Tag>}
              </div>
              <div className="record-card-line">
                {r.code} · {t('roles:permissions.count', { count: r.permissions.length })}
              </div>
            </Link>
          )}
        />
      )}
      {canManage ? <RoleFormModal open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
