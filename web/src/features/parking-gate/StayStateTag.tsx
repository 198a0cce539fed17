import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StayState } from './gate-queries';

const COLORS: Record<StayState, string> = {
  parked: 'processing',
  unmatched: 'warning',
  free: 'default',
  pass: 'cyan',
  no_standard: 'warning',
  due: 'error',
  collected: 'success',
  waived: 'default',
};

/** A stay's state in words (场内, 待收费, 月卡…), coloured by what it asks of someone. */
export function StayStateTag({ state }: { state: StayState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[state]} className="stay-state">
      {t(`parkingGate:states.${state}`)}
    </Tag>
  );
}
