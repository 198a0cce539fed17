import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import type { ListChange } from '../../app/ui/use-list-params';
import { useStaff } from '../users/use-staff';
import { ORDER_STATES, ORDER_TYPES, type OrderState } from './order-model';

export interface OrderFilterValues {
  org?: string | undefined;
  state?: string | undefined;
  type?: string | undefined;
  staff?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

interface Props {
  q: string;
  filters: OrderFilterValues;
  update(changes: ListChange): void;
}

/** The order list's search and filters; every choice goes into the URL (the list convention). */
export function OrderFilters({ q, filters, update }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(q);
  useEffect(() => setSearch(q), [q]);
  // The field staff of the scoped node: whoever works orders there.
  const staff = useStaff(filters.org, ['orders.work']);
  const states = (filters.state ?? '').split(',').filter((s): s is OrderState => (ORDER_STATES as string[]).includes(s));

  return (
    <search className="toolbar order-filters">
      <Input.Search
        className="search"
        aria-label={t('orders:list.search')}
        placeholder={t('orders:list.search')}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        onSearch={(v) => update({ q: v.trim() })}
      />
      <div className="order-office-filter">
        <label htmlFor="order-office-filter" className="sr-only">
          {t('orders:list.officeFilter')}
        </label>
        <OrgTreeSelect
          id="order-office-filter"
          value={filters.org}
          onChange={(v) => update({ org: v ?? null })}
          placeholder={t('orders:list.officeFilter')}
        />
      </div>
      <Select
        mode="multiple"
        className="order-state-filter"
        aria-label={t('orders:list.stateFilter')}
        placeholder={t('orders:list.stateFilter')}
        allowClear
        maxTagCount="responsive"
        value={states}
        onChange={(v: OrderState[]) => update({ state: v.join(',') })}
        options={ORDER_STATES.map((s) => ({ value: s, label: t(`orders:states.${s}`) }))}
      />
      <Select
        aria-label={t('orders:list.typeFilter')}
        value={filters.type ?? 'all'}
        onChange={(v: string) => update({ type: v === 'all' ? null : v })}
        options={[
          { value: 'all', label: t('orders:list.allTypes') },
          ...ORDER_TYPES.map((ty) => ({ value: ty, label: t(`orders:types.${ty}`) })),
        ]}
      />
      {staff.data?.items.length ? (
        <Select
          aria-label={t('orders:list.staffFilter')}
          placeholder={t('orders:list.staffFilter')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={staff.isFetching}
          value={filters.staff}
          onChange={(v: string | undefined) => update({ staff: v ?? null })}
          options={(staff.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))}
        />
      ) : null}
      <DatePicker.RangePicker
        aria-label={t('orders:list.dateRange')}
        placeholder={[t('orders:list.from'), t('orders:list.to')]}
        value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
        onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
      />
    </search>
  );
}
