import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { useListParams } from '../../app/ui/use-list-params';
import { ActiveTag, ChoiceFilter } from './Filters';
import { activeOf, type Product, type ProductListQuery, productsQuery, useRefresh } from './gps-queries';
import { ProductFormModal } from './ProductForm';
import { RegisterList } from './RegisterList';
import { RowButtons } from './RowButtons';

const FILTERS = ['active'] as const;

/** 产品型号: the terminal models the department sells, with their warranty. */
export function ProductsPage() {
  const { t } = useTranslation();
  const canKeep = useAbility('keepGpsRegister');
  const list = useListParams(FILTERS);
  const refresh = useRefresh();
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const active = activeOf(list.filters.active);
  const query: ProductListQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(active ? { active } : {}),
  };
  const products = useQuery(productsQuery(query));
  const { page: _p, pageSize: _s, ...filters } = query;
  const toggle = (p: Product) =>
    unwrap(
      api.PUT('/api/gps/products/{id}', {
        params: { path: { id: p.id } },
        body: { modelCode: p.modelCode, name: p.name, warrantyMonths: p.warrantyMonths, active: !p.active, version: p.version },
      }),
    ).then(refresh);
  const actions = (p: Product) => (
    <RowButtons
      entity="gps_product"
      id={p.id}
      name={p.modelCode}
      canChange={p.abilities.register}
      onEdit={() => setEditing(p)}
      toggle={{ active: p.active, run: () => toggle(p) }}
    />
  );
  return (
    <RegisterList<Product>
      which="products"
      list={list}
      canKeep={canKeep}
      onNew={() => setEditing('new')}
      exportPath="/api/gps/products/export.xlsx"
      exportQuery={filters}
      query={products}
      filters={
        <ChoiceFilter
          label={t('gps:filters.active')}
          words="status"
          values={['true', 'false']}
          value={active}
          onChange={(v) => list.update({ active: v })}
        />
      }
      columns={[
        { key: 'code', title: t('gps:fields.modelCode'), dataIndex: 'modelCode' },
        { key: 'name', title: t('gps:fields.productName'), dataIndex: 'name' },
        { key: 'warranty', title: t('gps:fields.warrantyMonths'), dataIndex: 'warrantyMonths' },
        { key: 'terminals', title: t('gps:fields.terminalCount'), dataIndex: 'terminalCount' },
        { key: 'active', title: t('gps:fields.active'), render: (_, p) => <ActiveTag active={p.active} /> },
        { key: 'actions', title: t('gps:fields.actions'), render: (_, p) => actions(p) },
      ]}
      renderCard={(p) => (
        <>
          <div className="record-card-title">
            {p.modelCode} {p.name} <ActiveTag active={p.active} />
          </div>
          <div className="record-card-line">
            {t('gps:fields.warrantyMonths')} {p.warrantyMonths} · {t('gps:fields.terminalCount')} {p.terminalCount}
          </div>
          {actions(p)}
        </>
      )}
    >
      {editing ? <ProductFormModal product={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </RegisterList>
  );
}
