import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Empty, Form, List, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { OrderStateTag } from '../orders/OrderStateTag';
import { ORDERS_KEY, ordersQuery, publishedListQuery } from '../orders/order-queries';
import { orderListQuery } from './order-queries';
import type { VisitBlocker } from './patient-queries';

interface PatientFacts {
  id: string;
  name: string;
  orgId: string;
  address: string;
  phone: string | null;
  familyPhone: string | null;
  /** What stops a visit today, as the server's intake gate judges it. */
  visitBlockers: readonly VisitBlocker[];
}

/**
 * A section of the patient page: the patient's home infusion visits (出诊输液 orders, A5.6) and 安排出诊 for whoever
 * takes orders: a visit carrying out one of the patient's active physician orders, priced from the posted fees of
 * the patient's centre or station. The nurse then works it through the order pages on her phone. While something
 * stops a visit (no consent, no usable order…) a warning says what and where to fix it, and 安排出诊 is disabled.
 */
export function PatientVisits({ patient }: { patient: PatientFacts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const mayTake = useAbility('intake');
  const visits = useQuery(ordersQuery({ type: 'infusion_visit', patientId: patient.id, page: 1, pageSize: 50 }));
  const [open, setOpen] = useState(false);
  const blocked = patient.visitBlockers.length > 0;

  return (
    <section className="panel infusion-section" aria-labelledby="patient-visits">
      <Space className="card-heading-row" wrap>
        <h2 id="patient-visits" className="card-heading">
          {t('infusion:visits.title')}
        </h2>
        {mayTake ? (
          <Button type="primary" disabled={blocked} aria-describedby={blocked ? 'visit-blockers' : undefined} onClick={() => setOpen(true)}>
            {t('infusion:visits.create')}
          </Button>
        ) : null}
      </Space>
      {blocked ? (
        <Alert
          id="visit-blockers"
          type="warning"
          showIcon
          className="infusion-visit-blockers"
          title={t('infusion:visits.blockers.title')}
          description={
            <ul>
              {patient.visitBlockers.map((b) => (
                <li key={b}>{t(`infusion:visits.blockers.${b}`)}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {visits.isError ? (
        <QueryError error={visits.error} onRetry={() => visits.refetch()} />
      ) : (
        <List
          aria-label={t('infusion:visits.title')}
          loading={visits.isPending}
          locale={{ emptyText: <Empty description={t('infusion:visits.empty')} /> }}
          dataSource={visits.data?.items ?? []}
          renderItem={(o) => (
            <List.Item>
              <Space wrap>
                <Link to={`/orders/${o.id}`}>{o.number}</Link>
                <OrderStateTag state={o.state} fieldStep={o.fieldStep} />
                <span>{o.appointmentStart ? format.dateTime(o.appointmentStart) : t('infusion:visits.noTime')}</span>
                <span>{formatFen(o.totalFen)}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
      {open ? <VisitDialog patient={patient} onClose={() => setOpen(false)} onCreated={(id) => navigate(`/orders/${id}`)} /> : null}
    </section>
  );
}

interface Values {
  physicianOrderId: string;
  /** An instant (ISO), typed as the organisation's wall-clock time. */
  appointment: string;
  itemIds: string[];
}

/** 安排出诊: the physician order, the time agreed with the family and the fees from the posted list. */
function VisitDialog({ patient, onClose, onCreated }: { patient: PatientFacts; onClose(): void; onCreated(id: string): void }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const orders = useQuery(orderListQuery({ patientId: patient.id, state: 'active', page: 1, pageSize: 50 }));
  const posted = useQuery(publishedListQuery(patient.orgId));
  const fees = (posted.data?.lines ?? []).filter((l) => l.category === 'infusion');
  const required = { required: true, message: t('validation:required') };
  const feeName = (l: (typeof fees)[number]) => (i18n.language.startsWith('en') && l.itemNameEn ? l.itemNameEn : l.itemName);

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('infusion:visits.dialogTitle', { name: patient.name })}
      okText={t('infusion:visits.ok')}
      onClose={onClose}
      onSubmit={async (v) => {
        const made = await unwrap(
          api.POST('/api/orders', {
            body: {
              type: 'infusion_visit',
              officeId: patient.orgId,
              channel: 'phone',
              customerName: patient.name,
              customerPhone: patient.phone ?? patient.familyPhone ?? null,
              address: patient.address,
              appointmentStart: v.appointment,
              lines: v.itemIds.map((itemId) => ({ itemId, quantity: 1 })),
              details: { patientId: patient.id, physicianOrderId: v.physicianOrderId },
            },
          }),
        );
        await client.invalidateQueries({ queryKey: [...ORDERS_KEY, 'list'] });
        toast.success(t('infusion:visits.done', { number: made.number }));
        onCreated(made.id);
      }}
    >
      <Form.Item name="physicianOrderId" label={t('infusion:visits.physicianOrder')} rules={[required]}>
        <Select
          loading={orders.isPending}
          options={(orders.data?.items ?? []).map((o) => ({
            value: o.id,
            label: `${o.number} · ${o.drugs.join(t('common:listSeparator'))} · ${t('infusionOrders:order.visits', { done: o.visitsDone, planned: o.visitsPlanned })}`,
          }))}
          notFoundContent={t('infusion:visits.noOrder')}
        />
      </Form.Item>
      <Form.Item name="appointment" label={t('infusion:visits.appointment')} rules={[required]}>
        <DateTimeInput />
      </Form.Item>
      <Form.Item
        name="itemIds"
        label={t('infusion:visits.fees')}
        rules={[required]}
        extra={fees.length ? null : t('infusion:visits.noFees')}
      >
        <Checkbox.Group
          options={fees.map((l) => ({ value: l.itemId, label: `${feeName(l)} ${formatFen(l.priceFen)}` }))}
          className="infusion-visit-fees"
        />
      </Form.Item>
    </FormModal>
  );
}
