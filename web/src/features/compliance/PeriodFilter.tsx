import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

export interface Period {
  from: string;
  to: string;
}

/** The period asked about, from the address (`?from=&to=`, business dates), or null for breaches now. */
export function usePeriod(): [Period | null, (p: Period | null) => void] {
  const [search, setSearch] = useSearchParams();
  const from = search.get('from');
  const to = search.get('to');
  const set = (p: Period | null) => {
    const next = new URLSearchParams(search);
    next.delete('page');
    if (p) {
      next.set('from', p.from);
      next.set('to', p.to);
    } else {
      next.delete('from');
      next.delete('to');
    }
    setSearch(next);
  };
  return [from && to ? { from, to } : null, set];
}

/** `&from=…&to=…` to carry the period into a link. */
export const periodQuery = (p: Period | null) => (p ? `from=${p.from}&to=${p.to}` : '');

/** A date range for the compliance page: empty shows the breaches now; a range, the deadlines missed in it. */
export function PeriodFilter() {
  const { t } = useTranslation();
  const [period, setPeriod] = usePeriod();
  return (
    <search className="toolbar compliance-period">
      <DatePicker.RangePicker
        aria-label={t('compliance:period.label')}
        value={period ? [dayjs(period.from), dayjs(period.to)] : null}
        onChange={(v) => setPeriod(v?.[0] && v[1] ? { from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') } : null)}
      />
      <span className="muted small">{period ? t('compliance:period.hint') : t('compliance:period.now')}</span>
    </search>
  );
}
