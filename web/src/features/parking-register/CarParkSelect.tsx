import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { carParksQuery } from './parking-queries';

/** Picks a car park in use (of one estate, when given); `label` names it (a filter, or a form's field through `id`). */
export function CarParkSelect(props: {
  label: string;
  estateId?: string | undefined;
  value?: string | undefined;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}) {
  const parks = useQuery(carParksQuery({ pageSize: 100, active: 'true', ...(props.estateId ? { estateId: props.estateId } : {}) }));
  return (
    <Select
      id={props.id}
      aria-label={props.id ? undefined : props.label}
      placeholder={props.label}
      allowClear={props.allowClear}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={(parks.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.estateName} ${c.name}` }))}
    />
  );
}
