import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { type DeviceEvent, historyQuery } from './gps-queries';

const COLOURS: Partial<Record<DeviceEvent['event'], string>> = {
  installed: 'green',
  replaced: 'green',
  sim_fitted: 'green',
  sent_for_repair: 'orange',
  removed: 'gray',
  sim_removed: 'gray',
  scrapped: 'red',
};

/**
 * 设备履历 (A4.4.5): a terminal's or SIM card's moves as a timeline — when, what, on which vehicle, by which order
 * (linked to the order), by whom.
 */
export function DeviceHistoryDrawer({
  kind,
  id,
  name,
  onClose,
}: {
  kind: 'terminals' | 'sims';
  id: string;
  name: string;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const history = useQuery(historyQuery(kind, id));
  const item = (e: DeviceEvent) => ({
    key: e.id,
    color: COLOURS[e.event] ?? 'blue',
    children: (
      <>
        <strong>{t(`gps:events.${e.event}`)}</strong>
        <span className="gps-history-meta">{dateTime(e.at)}</span>
        {e.plate ? <span>{t('gps:history.vehicle', { plate: e.plate })}</span> : null}
        {e.orderId && e.orderNumber ? <Link to={`/orders/${e.orderId}`}>{t('gps:history.order', { number: e.orderNumber })}</Link> : null}
        {e.note ? <span>{e.event === 'replaced' ? t('gps:history.replaces', { serial: e.note }) : e.note}</span> : null}
        <span className="gps-history-meta">{t('gps:history.by', { name: e.byName })}</span>
      </>
    ),
  });
  return (
    <Drawer open title={t('gps:history.title', { name })} onClose={onClose} width={420} className="gps-history">
      {history.isError ? (
        <QueryError error={history.error} onRetry={() => history.refetch()} />
      ) : history.data && history.data.length === 0 ? (
        <Empty description={t('gps:history.empty')} />
      ) : (
        <Timeline items={(history.data ?? []).map(item)} />
      )}
    </Drawer>
  );
}
