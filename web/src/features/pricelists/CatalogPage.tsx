import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Segmented, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { StatusTag } from '../../app/ui/StatusTag';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { ItemFormModal } from './ItemFormModal';
import { ITEM_CATEGORIES, type ServiceItem } from './pricelist-model';
import { allItemsQuery, useRefreshItems } from './pricelist-queries';
import './pricelists.css';

/**
 * The service catalogue every office prices from (A7.4.1: carpet cleaning, floor waxing, indoor
 * cleaning…). Items are retired, never deleted: orders and old lists still name them.
 */
export function CatalogPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshItems();
  const items = useQuery(allItemsQuery);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<ServiceItem | 'new' | null>(null);
  const [toggling, setToggling] = useState<ServiceItem | null>(null);
  const category = params.get('category') ?? 'all';
  const shown = (items.data ?? []).filter((i) => category === 'all' || i.category === category);

  const actions = (i: ServiceItem) => (
    <span className="row-actions">
      <Button
        type="link"
        className="table-action"
        onClick={() => setEditing(i)}
        aria-label={t('pricelists:catalog.editOf', { name: i.name })}
      >
        {t('common:actions.edit')}
      </Button>
      <Button
        type="link"
        danger={i.active}
        className="table-action"
        onClick={() => setToggling(i)}
        aria-label={t(i.active ? 'pricelists:catalog.retireOf' : 'pricelists:catalog.restoreOf', { name: i.name })}
      >
        {i.active ? t('pricelists:catalog.retire') : t('pricelists:catalog.restore')}
      </Button>
      <HistoryButton entity="item" id={i.id} name={i.name} />
    </span>
  );
  const columns: TableProps<ServiceItem>['columns'] = [
    {
      key: 'name',
      title: t('pricelists:fields.item'),
      render: (_, i) => (
        <>
          <div>{i.name}</div>
          {i.nameEn ? (
            <div className="muted small" lang="en">
              {i.nameEn}
            </div>
          ) : null}
        </>
      ),
    },
    { key: 'code', title: t('pricelists:fields.code'), dataIndex: 'code' },
    { key: 'category', title: t('pricelists:fields.category'), render: (_, i) => t(`pricelists:categories.${i.category}`) },
    { key: 'unit', title: t('pricelists:fields.unit'), render: (_, i) => t(`pricelists:units.${i.unit}`) },
    { key: 'active', title: t('common:fields.status'), render: (_, i) => <StatusTag active={i.active} /> },
    { key: 'actions', title: t('common:fields.actions'), render: (_, i) => actions(i) },
  ];

  return (
    <>
      <PageHeader
        title={t('pricelists:catalog.title')}
        subtitle={t('pricelists:catalog.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('pricelists:catalog.create')}
          </Button>
        }
      />
      <div className="toolbar">
        <Segmented
          aria-label={t('pricelists:fields.category')}
          value={category}
          onChange={(v) => setParams(v === 'all' ? {} : { category: String(v) })}
          options={[
            { value: 'all', label: t('pricelists:catalog.all') },
            ...ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`pricelists:categories.${c}`) })),
          ]}
        />
      </div>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <ResponsiveTable<ServiceItem>
          label={t('pricelists:catalog.title')}
          rowKey="id"
          columns={columns}
          items={shown}
          total={shown.length}
          whole
          loading={items.isFetching}
          empty={<Empty description={t('pricelists:catalog.empty')} />}
          renderCard={(i) => (
            <>
              <div className="record-card-title">
                <span>{i.name}</span>
                <StatusTag active={i.active} />
              </div>
              <div className="record-card-line">
                {i.code} · {t(`pricelists:categories.${i.category}`)} · {t(`pricelists:units.${i.unit}`)}
              </div>
              {actions(i)}
            </>
          )}
        />
      )}
      {editing ? <ItemFormModal item={editing === 'new' ? undefined : editing} open onClose={() => setEditing(null)} /> : null}
      <ConfirmAction
        open={toggling !== null}
        title={t(toggling?.active ? 'pricelists:catalog.retireTitle' : 'pricelists:catalog.restoreTitle', { name: toggling?.name ?? '' })}
        description={t(toggling?.active ? 'pricelists:catalog.retireText' : 'pricelists:catalog.restoreText')}
        okText={toggling?.active ? t('pricelists:catalog.retire') : t('pricelists:catalog.restore')}
        danger={toggling?.active}
        onClose={() => setToggling(null)}
        onConfirm={async () => {
          if (!toggling) return;
          await unwrap(api.PATCH('/api/service-items/{id}', { params: { path: { id: toggling.id } }, body: { active: !toggling.active } }));
          await refresh();
          toast.success(t(toggling.active ? 'pricelists:catalog.retired' : 'pricelists:catalog.restored', { name: toggling.name }));
        }}
      />
    </>
  );
}
