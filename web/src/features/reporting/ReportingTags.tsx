import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncidentState } from './reporting-queries';

/** A tag in AA-readable colours: ok (green), bad (red), warn (brown) or open (grey). */
export function RpTag({ tone, children }: { tone: 'ok' | 'bad' | 'warn' | 'open'; children: string }) {
  return <Tag className={`rp-tag rp-tag-${tone}`}>{children}</Tag>;
}

const INCIDENT_TONE: Record<IncidentState, 'ok' | 'bad' | 'warn'> = { recorded: 'bad', reported: 'warn', acknowledged: 'ok' };

/** Where an urgent incident stands: 未上报, 待签收, 已签收. */
export function IncidentStateTag({ state }: { state: IncidentState }) {
  const { t } = useTranslation();
  return <RpTag tone={INCIDENT_TONE[state]}>{t(`reporting:incidentState.${state}`)}</RpTag>;
}

/** Whether a report is acknowledged: 已签收 or 待签收. */
export function AckTag({ acknowledged }: { acknowledged: boolean }) {
  const { t } = useTranslation();
  return <RpTag tone={acknowledged ? 'ok' : 'warn'}>{t(acknowledged ? 'reporting:ack.done' : 'reporting:ack.waiting')}</RpTag>;
}
