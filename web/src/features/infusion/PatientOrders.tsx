import './infusion-orders.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, List, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { QueryError } from '../../app/ui/QueryError';
import { OrderDialog } from './OrderDialog';
import { OrderOverrideAlert } from './OrderOverrideAlert';
import { OrderStateTag } from './OrderStateTag';
import { orderListQuery } from './order-queries';

/** A section of the patient page: the patient's physician orders, and 开医嘱 for a physician (A5.2). */
export function PatientOrders({ patientId, patientName }: { patientId: string; patientName?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayOrder = useAbility('writeInfusionOrders');
  const orders = useQuery(orderListQuery({ patientId, page: 1, pageSize: 50 }));
  const [open, setOpen] = useState(false);
  const name = patientName ?? orders.data?.items[0]?.patientName ?? '';

  return (
    <section className="panel infusion-orders" aria-labelledby="patient-orders">
      <Space className="card-heading-row" wrap>
        <h2 id="patient-orders" className="card-heading">
          {t('infusionOrders:patient.title')}
        </h2>
        {mayOrder ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('infusionOrders:patient.create')}
          </Button>
        ) : null}
      </Space>
      {orders.isError ? (
        <QueryError error={orders.error} onRetry={() => orders.refetch()} />
      ) : (
        <List
          aria-label={t('infusionOrders:patient.title')}
          loading={orders.isPending}
          locale={{ emptyText: <Empty description={t('infusionOrders:patient.empty')} /> }}
          dataSource={orders.data?.items ?? []}
          renderItem={(o) => (
            <List.Item>
              <div>
                <Space wrap>
                  <Link to={`/infusion/orders/${o.id}`}>{o.number}</Link>
                  <OrderStateTag order={o} />
                  <span>{`${o.startsOn} – ${o.endsOn}`}</span>
                  <span>{t('infusionOrders:order.visits', { done: o.visitsDone, planned: o.visitsPlanned })}</span>
                </Space>
                <p>{o.drugs.join(t('common:listSeparator'))}</p>
                {o.override ? <OrderOverrideAlert override={o.override} compact /> : null}
              </div>
            </List.Item>
          )}
        />
      )}
      {open ? (
        <OrderDialog
          patientId={patientId}
          patientName={name}
          onClose={() => setOpen(false)}
          onCreated={(id) => navigate(`/infusion/orders/${id}`)}
        />
      ) : null}
    </section>
  );
}
