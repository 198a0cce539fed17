import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { InstallVehicles } from '../gps-install/InstallVehicles';
import { OrderActions } from './OrderActions';
import { OrderCharges } from './OrderCharges';
import { OrderFacts } from './OrderFacts';
import { OrderInvoice } from './OrderInvoice';
import { OrderPayment } from './OrderPayment';
import { OrderPhotos } from './OrderPhotos';
import { OrderProgress } from './OrderProgress';
import { OrderRounds } from './OrderRounds';
import { OrderStateTag } from './OrderStateTag';
import { OrderTimeline } from './OrderTimeline';
import { OrderTypeDetails } from './OrderTypeDetails';
import { orderQuery } from './order-queries';
import { VerbalApprovals } from './VerbalApprovals';
import './orders.css';

/** One order: its progress, facts, money, rounds, payment and timeline, and exactly the steps the server allows. */
export function OrderDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const order = useQuery(orderQuery(id));

  if (order.isPending) return <Skeleton active />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => order.refetch()} />;
  const o = order.data;

  return (
    <>
      <PageHeader
        title={o.number}
        subtitle={
          <span className="order-subtitle">
            <OrderStateTag state={o.state} fieldStep={o.fieldStep} /> {t(`orders:types.${o.type}`, { defaultValue: o.type })} ·{' '}
            {o.customerName} · {o.officeName}
          </span>
        }
        extra={<OrderActions order={o} />}
      />
      <OrderProgress order={o} />
      <div className="order-grid">
        <div className="order-col">
          <OrderFacts order={o} />
          <OrderTypeDetails order={o} />
          <InstallVehicles order={o} />
          <OrderCharges order={o} />
          <OrderRounds order={o} />
          <OrderPhotos order={o} />
          <VerbalApprovals order={o} />
        </div>
        <div className="order-col">
          <OrderPayment order={o} />
          <OrderInvoice order={o} />
          <OrderTimeline order={o} />
        </div>
      </div>
    </>
  );
}
