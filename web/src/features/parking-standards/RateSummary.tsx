import { useTranslation } from 'react-i18next';
import { fenToYuan } from '../../app/ui/money';
import type { PassPrice, TemporaryRate } from './parking-standard-queries';

/** The temporary rate in a few words: 15 分钟内免费 · 每 60 分钟 ¥5.00 · 夜间 22:00–07:00 … · 每日封顶 ¥30.00. */
export function RateSummary({ rate }: { rate: TemporaryRate }) {
  const { t } = useTranslation();
  const parts = [
    rate.freeMinutes > 0 ? t('parkingStandards:summary.free', { minutes: rate.freeMinutes }) : null,
    t('parkingStandards:summary.unit', { minutes: rate.unitMinutes, yuan: fenToYuan(rate.unitFen) }),
    rate.night
      ? t('parkingStandards:summary.night', { from: rate.night.from, to: rate.night.to, yuan: fenToYuan(rate.night.unitFen) })
      : null,
    rate.dailyCapFen !== null ? t('parkingStandards:summary.dailyCap', { yuan: fenToYuan(rate.dailyCapFen) }) : null,
    rate.stayCapFen !== null ? t('parkingStandards:summary.stayCap', { yuan: fenToYuan(rate.stayCapFen) }) : null,
    rate.dailyCapFen === null && rate.stayCapFen === null ? t('parkingStandards:summary.noCap') : null,
  ].filter((p): p is string => p !== null);
  return (
    <ul className="parking-rate-summary">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}

/** The pass prices per kind of space, or “不办月卡” when there are none. */
export function PassPriceList({ prices }: { prices: PassPrice[] }) {
  const { t } = useTranslation();
  if (!prices.length) return <span>{t('parkingStandards:summary.noPass')}</span>;
  return (
    <ul className="parking-rate-summary">
      {prices.map((p) => (
        <li key={p.ownership}>
          {t(`parkingStandards:ownership.${p.ownership}`)} {t('parkingStandards:summary.perMonth', { yuan: fenToYuan(p.monthlyFen) })}
        </li>
      ))}
    </ul>
  );
}
