import { useTranslation } from 'react-i18next';
import type { StayState } from './gate-queries';
import './parking-gate.css';

/** A stay's state in words (场内, 待收费, 月卡…), coloured by what it asks of someone, legible at 4.5:1. */
export function StayStateTag({ state }: { state: StayState }) {
  const { t } = useTranslation();
  return <span className={`stay-state stay-state-${state}`}>{t(`parkingGate:states.${state}`)}</span>;
}
