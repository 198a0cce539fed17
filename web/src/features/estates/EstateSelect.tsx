import { queryOptions, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { api, unwrap } from '../../api/client';
import { ESTATES_KEY } from './estate-queries';

/** The estates in use the caller sees (at most 100: an office has a handful). */
export const estateOptionsQuery = () =>
  queryOptions({
    queryKey: [...ESTATES_KEY, 'options'],
    queryFn: () => unwrap(api.GET('/api/estates', { params: { query: { pageSize: 100, active: 'true' } } })),
    staleTime: 60_000,
  });

/** Picks one of the caller's estates; `label` names it (a filter, or a form's field through `id`). */
export function EstateSelect(props: {
  label: string;
  value?: string | undefined;
  onChange?: (v: string | undefined) => void;
  allowClear?: boolean;
  id?: string;
}) {
  const estates = useQuery(estateOptionsQuery());
  return (
    <Select
      id={props.id}
      aria-label={props.id ? undefined : props.label}
      placeholder={props.label}
      allowClear={props.allowClear}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? undefined)}
      options={(estates.data?.items ?? []).map((e) => ({ value: e.id, label: e.name }))}
    />
  );
}
