import { useQuery } from '@tanstack/react-query';
import { Button, List } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import type { Order } from '../orders/order-model';
import { FitDialog } from './FitDialog';
import { driverOf, type InstallVehicle, installVisitQuery } from './install-queries';
import './gps-install.css';

/**
 * 安装车辆 on a GPS installation order (a visit of a 安装需求单): the visit's vehicles, what was fitted to each, and
 * 安装 on those not yet fitted while the server allows it (`abilities.fit`). Nothing on other order types.
 */
export function InstallVehicles({ order, className = 'panel' }: { order: Pick<Order, 'id' | 'type' | 'version'>; className?: string }) {
  if (order.type !== 'gps_install') return null;
  return <Panel order={order} className={className} />;
}

function Panel({ order, className }: { order: Pick<Order, 'id' | 'version'>; className: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const readsRequests = useAbility('gpsRegister');
  const visit = useQuery(installVisitQuery(order.id, order.version));
  const [fitting, setFitting] = useState<InstallVehicle | null>(null);
  if (visit.isError) return <QueryError error={visit.error} onRetry={() => visit.refetch()} />;
  const v = visit.data;
  if (visit.isSuccess && !v) return null;
  const fitted = v?.vehicles.filter((x) => x.fittedAt).length ?? 0;

  return (
    <section className={className} aria-labelledby="install-vehicles">
      <h2 id="install-vehicles" className="card-heading">
        {t('gpsInstall:visit.title')}
        {v ? <span className="install-muted"> {t('gpsInstall:visit.progress', { fitted, total: v.vehicles.length })}</span> : null}
      </h2>
      {v && readsRequests ? (
        <p className="install-muted">
          {t('gpsInstall:visit.request')} <Link to={`/gps/install-requests/${v.requestId}`}>{v.requestNumber}</Link>
        </p>
      ) : null}
      <List<InstallVehicle>
        className="install-vehicles-list"
        loading={visit.isPending}
        dataSource={v?.vehicles ?? []}
        rowKey="vehicleId"
        renderItem={(x) => (
          <List.Item
            actions={
              !x.fittedAt && v?.abilities.fit
                ? [
                    <Button
                      key="fit"
                      type="primary"
                      onClick={() => setFitting(x)}
                      aria-label={t('gpsInstall:fit.button', { plate: x.plate })}
                    >
                      {t('gpsInstall:actions.fit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={`${x.plate} · ${x.model || t('common:empty')}`}
              description={
                <>
                  <div>{driverOf(x)}</div>
                  {x.fittedAt ? (
                    <div>
                      {t('gpsInstall:visit.fitted', { terminal: x.terminalSerial, sim: x.simNumber })}
                      <span className="install-muted">
                        {' '}
                        · {format.dateTime(x.fittedAt)} {x.fittedByName}
                      </span>
                    </div>
                  ) : (
                    <div className="install-muted">{t('gpsInstall:visit.notFitted')}</div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      {fitting && v ? <FitDialog requestId={v.requestId} vehicle={fitting} onClose={() => setFitting(null)} /> : null}
    </section>
  );
}
