import { Button, Empty, Form, Input, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { OrderStateTag } from '../orders/OrderStateTag';
import type { OrderState } from '../orders/order-model';
import { VisitStateTag } from './AgreementStateTag';
import type { Agreement, Visit } from './agreement-model';
import { useAgreementChanged } from './agreement-queries';
import { ReasonModal } from './ReasonModal';

interface MoveValues {
  date: string;
  windowStart: string;
  windowEnd: string;
  reason: string;
}

/** The visits the agreement has planned (A7.4.9): when, the order of each, and skip or move for those not started. */
export function AgreementVisits({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const changed = useAgreementChanged();
  const [skipping, setSkipping] = useState<Visit | null>(null);
  const [moving, setMoving] = useState<Visit | null>(null);
  const [form] = Form.useForm<MoveValues>();
  const time = (iso: string) => format.dateTime(iso).slice(-5);
  const when = (v: Visit) => `${format.date(v.windowStart)} ${time(v.windowStart)}–${time(v.windowEnd)}`;
  const path = (v: Visit) => ({ path: { id: a.id, visitId: v.id } });

  const actions = (v: Visit) =>
    v.abilities.skip || v.abilities.move ? (
      <span className="visit-actions">
        {v.abilities.move ? (
          <Button size="small" onClick={() => setMoving(v)}>
            {t('agreements:visits.move')}
          </Button>
        ) : null}
        {v.abilities.skip ? (
          <Button size="small" danger onClick={() => setSkipping(v)}>
            {t('agreements:visits.skip')}
          </Button>
        ) : null}
      </span>
    ) : null;
  const orderLink = (v: Visit) =>
    v.orderId ? (
      <span className="visit-order">
        <Link to={`/orders/${v.orderId}`}>{v.orderNumber}</Link>{' '}
        {v.orderState ? <OrderStateTag state={v.orderState as OrderState} fieldStep={v.orderFieldStep} /> : null}
      </span>
    ) : (
      t('common:empty')
    );
  const note = (v: Visit) =>
    v.state === 'moved' && v.movedFrom
      ? t('agreements:visits.movedFrom', { from: format.dateTime(v.movedFrom), reason: v.reason ?? '' })
      : (v.reason ?? '');

  const columns: TableProps<Visit>['columns'] = [
    { key: 'when', title: t('agreements:visits.when'), render: (_, v) => when(v) },
    { key: 'state', title: t('agreements:visits.state'), render: (_, v) => <VisitStateTag visit={v} /> },
    { key: 'order', title: t('agreements:visits.order'), render: (_, v) => orderLink(v) },
    { key: 'note', title: t('agreements:visits.note'), render: (_, v) => note(v) },
    { key: 'actions', title: t('agreements:visits.actions'), render: (_, v) => actions(v) },
  ];

  return (
    <section className="panel" aria-labelledby="agreement-visits">
      <h2 id="agreement-visits" className="card-heading">
        {t('agreements:visits.title')}
      </h2>
      <ResponsiveTable<Visit>
        label={t('agreements:visits.title')}
        rowKey="id"
        columns={columns}
        items={a.visits}
        total={a.visits.length}
        page={1}
        pageSize={100}
        loading={false}
        empty={<Empty description={a.state === 'active' ? t('agreements:visits.none') : t('agreements:visits.notActive')} />}
        onPageChange={() => undefined}
        renderCard={(v) => (
          <div className="visit-card">
            <div className="record-card-title">
              <span>{when(v)}</span>
              <VisitStateTag visit={v} />
            </div>
            <div className="record-card-line">{orderLink(v)}</div>
            {note(v) ? <div className="record-card-line muted">{note(v)}</div> : null}
            {actions(v)}
          </div>
        )}
      />
      <ReasonModal
        open={skipping !== null}
        title={t('agreements:visits.skipTitle', { when: skipping ? when(skipping) : '' })}
        text={t('agreements:visits.skipText')}
        okText={t('agreements:visits.skip')}
        onClose={() => setSkipping(null)}
        onSubmit={async (reason) => {
          if (!skipping) return;
          changed(await unwrap(api.POST('/api/agreements/{id}/visits/{visitId}/skip', { params: path(skipping), body: { reason } })));
          toast.success(t('agreements:visits.skipped'));
        }}
      />
      <FormModal<MoveValues>
        open={moving !== null}
        form={form}
        title={t('agreements:visits.moveTitle', { when: moving ? when(moving) : '' })}
        okText={t('agreements:visits.move')}
        initialValues={moving ? { date: moving.plannedDate, windowStart: a.schedule.windowStart, windowEnd: a.schedule.windowEnd } : {}}
        onClose={() => setMoving(null)}
        onSubmit={async (v) => {
          if (!moving) return;
          changed(
            await unwrap(
              api.POST('/api/agreements/{id}/visits/{visitId}/move', { params: path(moving), body: { ...v, reason: v.reason.trim() } }),
            ),
          );
          toast.success(t('agreements:visits.moved'));
        }}
      >
        <p className="muted">{t('agreements:visits.moveText')}</p>
        <Form.Item
          name="date"
          label={t('agreements:visits.newDate')}
          rules={[{ required: true, message: t('agreements:form.required.date') }]}
        >
          <Input type="date" min={a.startDate} max={a.endDate} />
        </Form.Item>
        <div className="agreement-form-pair">
          <Form.Item name="windowStart" label={t('agreements:fields.windowStart')} rules={[{ required: true }]}>
            <Input type="time" />
          </Form.Item>
          <Form.Item name="windowEnd" label={t('agreements:fields.windowEnd')} rules={[{ required: true }]}>
            <Input type="time" />
          </Form.Item>
        </div>
        <Form.Item
          name="reason"
          label={t('common:fields.reason')}
          rules={[{ required: true, whitespace: true, message: t('agreements:dialogs.reasonRequired') }, { max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </section>
  );
}
