import { useTranslation } from 'react-i18next';
import { formatFen } from '../../app/ui/money';
import type { Basis, Rate } from './fee-standard-queries';

/** The rate rows in one short list: 全部 ¥1.80/㎡·月 · 空置 ¥1.26/㎡·月. */
export function RateList({ basis, rates }: { basis: Basis; rates: readonly Rate[] }) {
  const { t } = useTranslation();
  return (
    <ul className="fee-rate-list">
      {rates.map((r) => (
        <li key={`${r.use}/${r.occupancy}`}>
          <span className="muted">{rateScope(t, r)}</span> {formatFen(r.rateFen)}
          {t(`feeStandards:unit.${basis}`)}
        </li>
      ))}
    </ul>
  );
}

/** What a rate row applies to: 全部, 空置, 商业, 商业·空置. */
export function rateScope(t: (key: string) => string, r: Rate): string {
  if (r.use === '*' && r.occupancy === '*') return t('feeStandards:rateScope.all');
  return [r.use === '*' ? null : t(`feeStandards:use.${r.use}`), r.occupancy === '*' ? null : t(`feeStandards:occupancy.${r.occupancy}`)]
    .filter(Boolean)
    .join('·');
}
