import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useDebounced } from '../../app/ui/use-debounced';

interface Props {
  id?: string;
  value?: string | null;
  onChange?(value: string | null): void;
}

/** Picks the order a feedback is about by its number or the customer's name (the orders the caller can see). */
export function OrderSelect({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 300);
  const found = useQuery({
    queryKey: ['orders', 'pick', q],
    queryFn: () => unwrap(api.GET('/api/orders', { params: { query: { q, pageSize: 10 } } })),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  const options = (q ? (found.data?.items ?? []) : []).map((o) => ({ value: o.id, label: `${o.number} ${o.customerName}` }));
  return (
    <Select<string | undefined>
      id={id}
      value={value ?? undefined}
      allowClear
      placeholder={t('feedback:new.orderHint')}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      options={options}
      notFoundContent={
        !typed.trim() ? (
          t('feedback:new.orderHint')
        ) : found.isFetching || q !== typed.trim() ? (
          <Spin size="small" />
        ) : (
          t('feedback:new.noOrder')
        )
      }
      onChange={(next) => onChange?.(next ?? null)}
    />
  );
}
