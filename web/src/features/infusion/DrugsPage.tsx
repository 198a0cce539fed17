import './infusion-orders.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { DrugCategoriesDrawer } from './DrugCategoriesDrawer';
import { DrugDialog } from './DrugDialog';
import { categoriesQuery, type Drug, type DrugQuery, drugListQuery } from './drug-queries';

const FILTERS = ['category', 'active'] as const;

/** A drug's categories as tags, red for those excluded from home infusion (A5.3). */
export function DrugCategoryTags({ drug }: { drug: Pick<Drug, 'categories'> }) {
  return (
    <Space size={[4, 4]} wrap>
      {drug.categories.map((c) => (
        <Tag key={c.code} color={c.excluded ? 'red' : 'default'}>
          {c.name}
        </Tag>
      ))}
    </Space>
  );
}

/** 药品目录: the centre's catalogue, its categories (red: not given at home, A5.3), kept by the pharmacist and the head. */
export function DrugsPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const f = list.filters;
  const [search, setSearch] = useState(list.q);
  const [editing, setEditing] = useState<Drug | 'new' | null>(null);
  const [drawer, setDrawer] = useState(false);
  const categories = useQuery(categoriesQuery());
  const query: DrugQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(f.category ? { categoryCode: f.category } : {}),
    ...(f.active === 'true' || f.active === 'false' ? { active: f.active } : {}),
  };
  const drugs = useQuery(drugListQuery(query));
  const mayEdit = drugs.data?.mayEdit ?? false;
  const filtered = Boolean(list.q || f.category || f.active);

  return (
    <div className="infusion-orders">
      <PageHeader
        title={t('infusion:pages.DrugsPage')}
        subtitle={categories.data ? t('infusionOrders:drugs.subtitle', { centre: categories.data.centreName }) : undefined}
        extra={
          <Space wrap>
            <Button onClick={() => setDrawer(true)}>{t('infusionOrders:categories.open')}</Button>
            {mayEdit ? (
              <Button type="primary" onClick={() => setEditing('new')}>
                {t('infusionOrders:drugs.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('infusionOrders:drugs.search')}
          placeholder={t('infusionOrders:drugs.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() })}
        />
        <Select
          aria-label={t('infusionOrders:drugs.categoryFilter')}
          placeholder={t('infusionOrders:drugs.categoryFilter')}
          allowClear
          value={f.category}
          onChange={(v) => list.update({ category: v ?? null })}
          options={(categories.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
        <Select
          aria-label={t('infusionOrders:drugs.activeFilter')}
          placeholder={t('infusionOrders:drugs.activeFilter')}
          allowClear
          value={f.active}
          onChange={(v) => list.update({ active: v ?? null })}
          options={[
            { value: 'true', label: t('infusionOrders:drugs.inUse') },
            { value: 'false', label: t('infusionOrders:drugs.notInUse') },
          ]}
        />
      </search>
      {drugs.isError ? (
        <QueryError error={drugs.error} onRetry={() => drugs.refetch()} />
      ) : (
        <ResponsiveTable<Drug>
          label={t('infusion:pages.DrugsPage')}
          rowKey="id"
          items={drugs.data?.items}
          total={drugs.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={drugs.isFetching}
          empty={<Empty description={t(filtered ? 'infusionOrders:noMatch' : 'infusionOrders:drugs.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            { key: 'name', title: t('infusionOrders:drugs.name'), dataIndex: 'name' },
            { key: 'spec', title: t('infusionOrders:drugs.spec'), dataIndex: 'spec' },
            { key: 'categories', title: t('infusionOrders:drugs.categories'), render: (_, d) => <DrugCategoryTags drug={d} /> },
            {
              key: 'active',
              title: t('infusionOrders:drugs.active'),
              render: (_, d) => (d.active ? t('infusionOrders:drugs.inUse') : t('infusionOrders:drugs.notInUse')),
            },
            ...(mayEdit
              ? [
                  {
                    key: 'edit',
                    title: t('common:fields.actions'),
                    render: (_: unknown, d: Drug) => (
                      <Button type="link" onClick={() => setEditing(d)} aria-label={t('infusionOrders:drugs.edit', { name: d.name })}>
                        {t('common:actions.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
          renderCard={(d) => (
            <div>
              <div className="record-card-title">
                <span>{`${d.name} ${d.spec}`}</span>
                {mayEdit ? (
                  <Button type="link" onClick={() => setEditing(d)} aria-label={t('infusionOrders:drugs.edit', { name: d.name })}>
                    {t('common:actions.edit')}
                  </Button>
                ) : null}
              </div>
              <div className="record-card-line">
                <DrugCategoryTags drug={d} />
              </div>
            </div>
          )}
        />
      )}
      {editing ? <DrugDialog drug={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      <DrugCategoriesDrawer open={drawer} onClose={() => setDrawer(false)} />
    </div>
  );
}
