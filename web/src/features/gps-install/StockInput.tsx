import { useQuery } from '@tanstack/react-query';
import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useDebounced } from '../../app/ui/use-debounced';

interface Props {
  id?: string;
  value?: string;
  onChange?: (v: string) => void;
  /** Which stock it offers: terminals or SIM cards in stock (the server refuses any other). */
  kind: 'terminal' | 'sim';
}

/** A serial or card number typed (or scanned), with the matching devices in stock offered as one types. */
export function StockInput({ id, value, onChange, kind }: Props) {
  const { t } = useTranslation();
  const q = useDebounced(value?.trim() ?? '', 250);
  const stock = useQuery({
    queryKey: ['gps', 'stock', kind, q],
    staleTime: 10_000,
    queryFn: async () =>
      kind === 'terminal'
        ? (
            await unwrap(api.GET('/api/gps/terminals', { params: { query: { q: q || undefined, state: 'in_stock', pageSize: 10 } } }))
          ).items.map((x) => ({ value: x.serial, label: `${x.serial} · ${x.modelCode}` }))
        : (await unwrap(api.GET('/api/gps/sims', { params: { query: { q: q || undefined, state: 'in_stock', pageSize: 10 } } }))).items.map(
            (x) => ({ value: x.number, label: `${x.number} · ${t(`gps:carriers.${x.carrier}`)}` }),
          ),
  });
  return (
    <AutoComplete id={id} value={value} onChange={(v: string) => onChange?.(v)} options={stock.data ?? []} className="install-device" />
  );
}
