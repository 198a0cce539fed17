import './infusion-orders.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { OrderActionDialog } from './OrderActionDialogs';
import { OrderOverrideAlert } from './OrderOverrideAlert';
import { OrderStateTag } from './OrderStateTag';
import { type Order, orderQuery } from './order-queries';

type Line = Order['lines'][number];

/** 医嘱详情: the patient, the physician and licence, the drug lines, the override and its review; 审阅 and 取消 by ability. */
export function OrderPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const order = useQuery(orderQuery(id));
  const [step, setStep] = useState<'review' | 'cancel' | null>(null);

  if (order.isPending) return <Skeleton active />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => order.refetch()} />;
  const o = order.data;
  const title = t('infusionOrders:order.title', { number: o.number, patient: o.patientName });

  return (
    <div className="infusion-orders">
      <PageHeader
        title={title}
        subtitle={<OrderStateTag order={o} />}
        extra={
          <Space wrap>
            {o.abilities.review ? (
              <Button type="primary" onClick={() => setStep('review')}>
                {t('infusionOrders:review.open')}
              </Button>
            ) : null}
            {o.abilities.cancel ? <Button onClick={() => setStep('cancel')}>{t('infusionOrders:cancel.open')}</Button> : null}
            <HistoryButton entity="infusion_order" id={o.id} name={title} />
          </Space>
        }
      />
      {o.override ? <OrderOverrideAlert override={o.override} /> : null}
      <section className="panel" aria-labelledby="order-facts">
        <h2 id="order-facts" className="card-heading">
          {t('infusionOrders:order.facts')}
        </h2>
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            {
              key: 'patient',
              label: t('infusionOrders:fields.patient'),
              children: <Link to={`/infusion/patients/${o.patientId}`}>{o.patientName}</Link>,
            },
            { key: 'org', label: t('infusionOrders:fields.org'), children: o.orgName },
            { key: 'physician', label: t('infusionOrders:fields.physician'), children: o.physicianName },
            { key: 'licence', label: t('infusionOrders:fields.licenceNo'), children: o.physicianLicenceNo },
            { key: 'record', label: t('infusionOrders:fields.medicalRecordNo'), children: o.medicalRecordNo },
            { key: 'origin', label: t('infusionOrders:fields.origin'), children: t(`infusion:origins.${o.origin}`) },
            {
              key: 'visits',
              label: t('infusionOrders:fields.visits'),
              children: t('infusionOrders:order.visits', { done: o.visitsDone, planned: o.visitsPlanned }),
            },
            { key: 'period', label: t('infusionOrders:fields.period'), children: `${o.startsOn} – ${o.endsOn}` },
            { key: 'createdAt', label: t('infusionOrders:fields.createdAt'), children: format.dateTime(o.createdAt) },
            ...(o.cancelReason ? [{ key: 'cancel', label: t('infusionOrders:fields.cancelReason'), children: o.cancelReason }] : []),
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="order-lines">
        <h2 id="order-lines" className="card-heading">
          {t('infusionOrders:fields.lines')}
        </h2>
        <Table<Line>
          rowKey={(l) => `${l.drugId}-${l.dose}-${l.route}`}
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={o.lines}
          columns={[
            { key: 'drug', title: t('infusionOrders:fields.drug'), dataIndex: 'drugName' },
            { key: 'dose', title: t('infusionOrders:fields.dose'), dataIndex: 'dose' },
            { key: 'route', title: t('infusionOrders:fields.route'), render: (_, l) => t(`infusion:routes.${l.route}`) },
            { key: 'frequency', title: t('infusionOrders:fields.frequency'), dataIndex: 'frequency' },
          ]}
        />
      </section>
      {step ? <OrderActionDialog order={o} kind={step} onClose={() => setStep(null)} /> : null}
    </div>
  );
}
