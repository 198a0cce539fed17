import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useDebounced } from '../../app/ui/use-debounced';
import { ESTATES_KEY, unitQuery } from './estate-queries';

/** One unit the picker found: where it is, written as an address, and who lives there. */
export type PickedUnit = paths['/api/estate-units/search']['get']['responses'][200]['content']['application/json'][number];

/** Who to fill in as the customer: the owner, or the tenant of a unit without one on the register. */
export const residentOf = (u: PickedUnit) =>
  u.ownerName ? { name: u.ownerName, phone: u.ownerPhone } : u.renterName ? { name: u.renterName, phone: u.renterPhone } : null;

interface Props {
  /** From the form item, so its label names the field. */
  id?: string;
  value?: string | null;
  onChange?(value: string | null): void;
  /** The unit picked (null when the pick is cleared), so the form can fill the address and the customer. */
  onPick?(unit: PickedUnit | null): void;
  /** Only units of this estate (a parking space or vehicle belongs to a unit of its own estate). */
  estateId?: string | undefined;
  disabled?: boolean;
}

/**
 * Picks a unit of the estate register by building/room, owner or tenant name, or phone (issue 14): the search waits
 * for the typing to pause, and the free-text address beside it stays for places outside the register.
 */
export function UnitPicker({ id, value, onChange, onPick, estateId, disabled }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 300);
  const found = useQuery({
    queryKey: [...ESTATES_KEY, 'search', q, estateId],
    queryFn: () => unwrap(api.GET('/api/estate-units/search', { params: { query: { q, ...(estateId ? { estateId } : {}) } } })),
    enabled: q.length > 0,
    staleTime: 30_000,
  });
  // the unit picked here keeps its address as its name once the search is gone
  const [picked, setPicked] = useState<PickedUnit | null>(null);
  const hits = q ? (found.data ?? []) : [];
  const known = value && !hits.some((u) => u.id === value);
  // a unit already on the record (an edit) is named from the register
  const onRecord = useQuery({ ...unitQuery(value ?? ''), enabled: Boolean(known && picked?.id !== value) });
  const knownLabel = picked && picked.id === value ? picked.address : (onRecord.data?.address ?? t('estates:picker.picked'));
  const options = [
    ...(known ? [{ value, label: knownLabel, unit: picked?.id === value ? picked : null }] : []),
    ...hits.map((u) => ({ value: u.id, label: u.address, unit: u })),
  ];
  const searching = q !== typed.trim() || found.isFetching;

  return (
    <Select<string | undefined, (typeof options)[number]>
      id={id}
      disabled={disabled}
      value={value ?? undefined}
      allowClear
      placeholder={t('estates:picker.placeholder')}
      showSearch={{ filterOption: false, onSearch: setTyped, searchValue: typed }}
      options={options}
      notFoundContent={!typed.trim() ? t('estates:picker.typeToSearch') : searching ? <Spin size="small" /> : t('estates:picker.none')}
      optionRender={(o) => {
        const who = o.data.unit && residentOf(o.data.unit);
        return (
          <div className="unit-option">
            <div>{o.data.label}</div>
            {who ? (
              <div className="muted">
                {o.data.unit?.ownerName ? who.name : t('estates:picker.renter', { name: who.name })}
                {who.phone ? ` · ${who.phone}` : ''}
              </div>
            ) : null}
          </div>
        );
      }}
      onChange={(next, option) => {
        setTyped('');
        const unit = next ? ((Array.isArray(option) ? option[0] : option)?.unit ?? null) : null;
        setPicked(unit);
        onChange?.(next ?? null);
        if (!next || unit) onPick?.(unit);
      }}
    />
  );
}
