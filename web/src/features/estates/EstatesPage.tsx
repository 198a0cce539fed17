import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateFormModal } from './EstateForms';
import { type EstateRow, estatesQuery, exportHref } from './estate-queries';
import './estates.css';

const NO_FILTERS = [] as const;

/** The estates (小区/项目) of the caller's offices: search, page, export, and a new estate for those who keep the register. */
export function EstatesPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canManage = useAbility('manageEstates');
  const list = useListParams(NO_FILTERS, { sort: 'name' });
  const [search, setSearch] = useState(list.q);
  const [creating, setCreating] = useState(false);
  useEffect(() => setSearch(list.q), [list.q]);
  const query = { page: list.page, pageSize: list.pageSize, q: list.q || undefined };
  const estates = useQuery(estatesQuery(query));

  const columns: TableProps<EstateRow>['columns'] = [
    { key: 'name', title: t('estates:fields.estate'), render: (_, e) => <Link to={`/estates/${e.id}`}>{e.name}</Link> },
    { key: 'office', title: t('estates:fields.office'), dataIndex: 'officeName' },
    { key: 'address', title: t('estates:fields.address'), dataIndex: 'address' },
    { key: 'buildings', title: t('estates:fields.buildingCount'), dataIndex: 'buildingCount', align: 'right' },
    { key: 'units', title: t('estates:fields.unitCount'), dataIndex: 'unitCount', align: 'right' },
    { key: 'active', title: t('estates:fields.active'), render: (_, e) => (e.active ? null : <Tag>{t('estates:inactive')}</Tag>) },
  ];

  return (
    <>
      <PageHeader
        title={t('estates:title')}
        extra={
          <>
            <Button icon={<DownloadOutlined aria-hidden />} href={exportHref('/api/estates/export.xlsx', { q: query.q }, i18n.language)}>
              {t('common:actions.export')}
            </Button>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('estates:estate.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className="estate-filters">
        <Input.Search
          aria-label={t('estates:search.estates')}
          placeholder={t('estates:search.estates')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q || null })}
        />
      </div>
      {estates.isError ? (
        <QueryError error={estates.error} onRetry={() => estates.refetch()} />
      ) : (
        <ResponsiveTable<EstateRow>
          label={t('estates:title')}
          rowKey="id"
          columns={columns}
          items={estates.data?.items}
          total={estates.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={estates.isFetching}
          empty={<Empty description={t('estates:empty')} />}
          onPageChange={list.onPageChange}
          renderCard={(e) => (
            <>
              <Link to={`/estates/${e.id}`}>{e.name}</Link>
              <div>{e.officeName}</div>
              <div>{t('estates:counts', { buildings: e.buildingCount, units: e.unitCount })}</div>
            </>
          )}
        />
      )}
      {creating ? <EstateFormModal open onClose={() => setCreating(false)} onSaved={(e) => navigate(`/estates/${e.id}`)} /> : null}
    </>
  );
}
