import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementState, Visit } from './agreement-model';
import { visitShownState } from './visit-state';

export function AgreementStateTag({ state }: { state: AgreementState }) {
  const { t } = useTranslation();
  return <Tag className={`agreement-state agreement-state-${state}`}>{t(`agreements:states.${state}`)}</Tag>;
}

export function VisitStateTag({ visit }: { visit: Pick<Visit, 'state' | 'orderState'> }) {
  const { t } = useTranslation();
  const state = visitShownState(visit);
  return <Tag className={`agreement-state visit-state-${state}`}>{t(`agreements:visitStates.${state}`)}</Tag>;
}
