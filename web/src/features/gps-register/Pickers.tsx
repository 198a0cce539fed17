import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useDebounced } from '../../app/ui/use-debounced';
import { GPS_KEY } from './gps-queries';

interface Option {
  value: string;
  label: string;
}
interface PickerProps {
  id?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
  /** The record's present choice, shown before any search (it may not be among the first results). */
  current?: Option | null;
  /** The choice of none, when the field may be empty. */
  noneLabel?: string;
}

/** A select that searches the server as one types; `none` (null) when the field may be empty. */
function RemoteSelect({
  id,
  value,
  onChange,
  current,
  noneLabel,
  what,
  search,
}: PickerProps & { what: string; search(q: string): Promise<Option[]> }) {
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed, 250);
  const found = useQuery({ queryKey: [...GPS_KEY, 'picker', what, q], queryFn: () => search(q), staleTime: 10_000 });
  const options = [...(current && !found.data?.some((o) => o.value === current.value) ? [current] : []), ...(found.data ?? [])];
  const NONE = '__none__';
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      onSearch={setTyped}
      loading={found.isFetching}
      value={value ?? (noneLabel ? NONE : undefined)}
      onChange={(v: string) => onChange?.(v === NONE ? null : v)}
      options={[...(noneLabel ? [{ value: NONE, label: noneLabel }] : []), ...options]}
    />
  );
}

export function CustomerSelect(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      what="customers"
      search={async (q) =>
        (await unwrap(api.GET('/api/gps/customers', { params: { query: { q: q || undefined, active: 'true', pageSize: 20 } } }))).items.map(
          (c) => ({ value: c.id, label: c.name }),
        )
      }
    />
  );
}

export function ProductSelect(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      what="products"
      search={async (q) =>
        (await unwrap(api.GET('/api/gps/products', { params: { query: { q: q || undefined, active: 'true', pageSize: 50 } } }))).items.map(
          (p) => ({ value: p.id, label: `${p.modelCode} ${p.name}` }),
        )
      }
    />
  );
}

export function VehicleSelect(props: PickerProps) {
  return (
    <RemoteSelect
      {...props}
      what="vehicles"
      search={async (q) =>
        (await unwrap(api.GET('/api/gps/vehicles', { params: { query: { q: q || undefined, active: 'true', pageSize: 20 } } }))).items.map(
          (v) => ({ value: v.id, label: `${v.plate} · ${v.customerName}` }),
        )
      }
    />
  );
}

/** SIM cards in stock (the only ones a terminal takes), and the card the terminal has now. */
export function SimSelect(props: PickerProps) {
  const { t } = useTranslation();
  return (
    <RemoteSelect
      {...props}
      what="sims"
      search={async (q) =>
        (await unwrap(api.GET('/api/gps/sims', { params: { query: { q: q || undefined, state: 'in_stock', pageSize: 20 } } }))).items.map(
          (s) => ({ value: s.id, label: `${s.number} · ${t(`gps:carriers.${s.carrier}`)}` }),
        )
      }
    />
  );
}
