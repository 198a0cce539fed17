import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { OrderStateTag } from '../orders/OrderStateTag';
import type { OrderState } from '../orders/order-model';
import { DispatchDialog } from './DispatchDialog';
import { driverOf, type InstallVehicle, installRequestQuery } from './install-queries';
import './gps-install.css';

/** One 安装需求单: who and where, its vehicles with the visit each is on and what was fitted, and 派工 of a visit. */
export function InstallRequestPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const request = useQuery(installRequestQuery(id));
  const [dispatching, setDispatching] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  if (request.isPending) return <Skeleton active />;
  if (request.isError) return <QueryError error={request.error} onRetry={() => request.refetch()} />;
  const r = request.data;
  const sentVisit = sent ? r.vehicles.find((v) => v.orderId === sent) : undefined;
  const empty = t('common:empty');

  return (
    <div className="gps-install">
      <PageHeader
        title={r.number}
        subtitle={`${t('gpsInstall:detail.kind')} · ${r.customerName} · ${r.officeName}`}
        extra={
          r.abilities.dispatch ? (
            <Button type="primary" onClick={() => setDispatching(true)}>
              {t('gpsInstall:actions.dispatch')}
            </Button>
          ) : null
        }
      />
      {sentVisit?.orderId ? (
        <Alert
          type="success"
          showIcon
          className="install-facts"
          title={
            <>
              {t('gpsInstall:dispatch.sent')} <Link to={`/orders/${sentVisit.orderId}`}>{sentVisit.orderNumber}</Link>
            </>
          }
          description={t('gpsInstall:dispatch.sentHint')}
        />
      ) : null}
      <section className="panel install-facts" aria-labelledby="install-facts">
        <h2 id="install-facts" className="card-heading">
          {t('gpsInstall:detail.facts')}
        </h2>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'customer', label: t('gpsInstall:fields.customer'), children: r.customerName },
            { key: 'contact', label: t('gpsInstall:fields.contactName'), children: r.contactName },
            { key: 'phone', label: t('gpsInstall:fields.phone'), children: <a href={`tel:${r.phone}`}>{r.phone}</a> },
            { key: 'office', label: t('gpsInstall:fields.office'), children: r.officeName },
            { key: 'address', label: t('gpsInstall:fields.address'), children: r.address, span: 'filled' },
            { key: 'requirements', label: t('gpsInstall:fields.requirements'), children: r.requirements || empty, span: 'filled' },
            {
              key: 'created',
              label: t('gpsInstall:fields.created'),
              children: `${format.dateTime(r.createdAt)} ${r.createdByName}`,
            },
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="install-vehicles">
        <h2 id="install-vehicles" className="card-heading">
          {t('gpsInstall:fields.vehicleList')}
        </h2>
        <Table<InstallVehicle>
          size="small"
          rowKey="vehicleId"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={r.vehicles}
          columns={[
            { key: 'lineNo', title: t('gpsInstall:fields.lineNo'), dataIndex: 'lineNo' },
            { key: 'plate', title: t('gps:fields.plate'), dataIndex: 'plate' },
            { key: 'model', title: t('gps:fields.model'), dataIndex: 'model' },
            { key: 'driver', title: t('gpsInstall:fields.driver'), render: (_, v) => driverOf(v) || empty },
            {
              key: 'visit',
              title: t('gpsInstall:fields.visit'),
              render: (_, v) =>
                v.orderId ? (
                  <span>
                    <Link to={`/orders/${v.orderId}`}>{v.orderNumber}</Link>{' '}
                    {v.orderState ? <OrderStateTag state={v.orderState as OrderState} fieldStep={v.orderFieldStep} /> : null}
                  </span>
                ) : (
                  <span className="install-muted">{t('gpsInstall:detail.notDispatched')}</span>
                ),
            },
            {
              key: 'terminal',
              title: t('gpsInstall:fields.terminalSerial'),
              render: (_, v) => <span className="install-device">{v.terminalSerial ?? empty}</span>,
            },
            {
              key: 'sim',
              title: t('gpsInstall:fields.simNumber'),
              render: (_, v) => <span className="install-device">{v.simNumber ?? empty}</span>,
            },
            {
              key: 'fitted',
              title: t('gpsInstall:fields.fittedAt'),
              render: (_, v) => (v.fittedAt ? `${format.dateTime(v.fittedAt)} ${v.fittedByName ?? ''}` : empty),
            },
          ]}
        />
      </section>
      {dispatching ? <DispatchDialog request={r} onClose={() => setDispatching(false)} onSent={setSent} /> : null}
    </div>
  );
}
