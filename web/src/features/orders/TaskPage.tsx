import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Result, Skeleton } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAbility, useMe } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { InstallVehicles } from '../gps-install/InstallVehicles';
import { HandoverModal } from '../money/HandoverModal';
import { cashInHandQuery, handoversQuery } from '../money/money-queries';
import { DetailRef } from './DetailRef';
import { milliText } from './money';
import { nextStep } from './next-step';
import { OrderInvoice } from './OrderInvoice';
import { OrderStateTag } from './OrderStateTag';
import { type DetailFieldDef, OrderTypeDetails } from './OrderTypeDetails';
import type { DetailField, Order, OrderCommand } from './order-model';
import { orderQuery } from './order-queries';
import { ON_SITE } from './task-groups';
import { openCommands, useOrderDialogs } from './use-order-dialogs';
import { useQuantityText } from './use-quantity';
import { VerbalApprovals } from './VerbalApprovals';
import './orders.css';
import { partyContext } from './party';

const WIDE: readonly OrderCommand[] = ['accept', 'pay'];

/** One task on a phone: what, where, for whom, and big buttons for the next step on site (A7.4.4). */
export function TaskPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const format = useFormat();
  const quantity = useQuantityText();
  const canSeeOrders = useAbility('orders');
  const order = useQuery(orderQuery(id));
  const { open, dialogs } = useOrderDialogs(order.data);
  const me = useMe();
  const [handing, setHanding] = useState(false);
  // the cash of this order in my hands, not yet offered to anyone (A7.4.7: it goes on with the form)
  const paid = order.data?.paidAt != null;
  const cash = useQuery({ ...cashInHandQuery, enabled: paid });
  const offers = useQuery({ ...handoversQuery, enabled: paid });
  const mine = cash.data?.find((h) => h.holderId === me.user.id);
  const held = mine?.payments.find((p) => p.orderId === id);
  const offered = offers.data?.some((h) => h.state === 'offered' && held && h.paymentIds.includes(held.paymentId));

  if (order.isPending) return <Skeleton active />;
  if (order.isError) return <QueryError error={order.error} onRetry={() => order.refetch()} />;
  const o: Order = order.data;
  const commands = openCommands(o).filter((c) => ON_SITE.includes(c));
  const primary = nextStep(o, commands);
  const when = (iso: string | null) => (iso ? format.dateTime(iso) : null);
  const lastRework = [...o.rounds].reverse().find((r) => r.outcome === 'rework');
  const inFacts = (f: DetailFieldDef) => f.editAt.includes('create') && f.kind !== 'boolean' && typeof o.details[f.key] === 'string';

  return (
    <div className="task-page">
      <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/tasks')}>
        {t('orders:tasks.back')}
      </Button>
      <PageHeader title={o.number} subtitle={<OrderStateTag state={o.state} fieldStep={o.fieldStep} />} />
      {o.state === 'rework' && lastRework?.reason ? (
        <Alert type="warning" showIcon className="detail-alert" title={t('orders:tasks.reworkReason', { reason: lastRework.reason })} />
      ) : null}
      <section className="task-card" aria-labelledby="task-facts">
        <h2 id="task-facts" className="sr-only">
          {t('orders:detail.facts')}
        </h2>
        <dl className="task-facts">
          <dt>{t('orders:fields.customerName', partyContext(o.typeDef))}</dt>
          <dd>{o.customerName}</dd>
          {o.customerPhone ? (
            <>
              <dt>{t('orders:fields.customerPhone')}</dt>
              <dd>
                <a href={`tel:${o.customerPhone}`}>{o.customerPhone}</a>
              </dd>
            </>
          ) : null}
          <dt>{t('orders:fields.address')}</dt>
          <dd>{o.address ?? t('common:empty')}</dd>
          <dt>{t('orders:fields.appointment')}</dt>
          <dd>{when(o.appointmentStart) ?? t('common:empty')}</dd>
          {o.lines.length ? (
            <>
              <dt>{t('orders:fields.item')}</dt>
              <dd>
                {o.lines.map((l) => (
                  <div key={l.lineNo}>
                    {l.itemName} × {quantity(l.quantityMilli, l.unit)}
                  </div>
                ))}
              </dd>
            </>
          ) : null}
          {/* what the call recorded for the job (a GPS repair's plate, model and fault) */}
          {o.typeDef.fields.filter(inFacts).map((f) => (
            <Fragment key={f.key}>
              <dt>{t(`orders:details.${o.type}.${f.key}`)}</dt>
              <dd>
                <DetailValue order={o} field={f} />
              </dd>
            </Fragment>
          ))}
          {o.materials.length ? (
            <>
              <dt>{t('orders:detail.materials')}</dt>
              <dd>
                {o.materials.map((m) => (
                  <div key={m.lineNo}>
                    {m.name} × {milliText(m.quantityMilli)} {m.unitLabel} · {formatFen(m.amountFen)}
                  </div>
                ))}
              </dd>
            </>
          ) : null}
          {o.description ? (
            <>
              <dt>{t('orders:fields.description')}</dt>
              <dd>{o.description}</dd>
            </>
          ) : null}
          <dt>{t('orders:fields.total')}</dt>
          <dd className="task-total money">{formatFen(o.totalFen)}</dd>
        </dl>
        <div className="task-progress">
          {[
            ['departed', o.departedAt],
            ['arrived', o.arrivedAt],
            ['started', o.startedAt],
            ['finished', o.completedAt],
            ['accepted', o.acceptedAt],
            ['paid', o.paidAt],
          ]
            .filter(([, at]) => at)
            .map(([key, at]) => (
              <span key={key}>{t(`orders:tasks.progress.${key}`, { at: when(at ?? null) })}</span>
            ))}
        </div>
      </section>
      {/* what has been recorded on site since (the checks, the infusion record, the cause): the rest of the type's fields with a value */}
      <OrderTypeDetails order={o} filledOnly omit={inFacts} className="task-card" />
      <InstallVehicles order={o} className="task-card" />
      {commands.length ? (
        <div className="task-buttons">
          {commands.map((c) => (
            <Button
              key={c}
              size="large"
              type={c === primary ? 'primary' : 'default'}
              danger={c === 'reject'}
              className={WIDE.includes(c) || c === primary ? 'task-button-wide' : undefined}
              onClick={() => open(c)}
            >
              {t(`orders:tasks.buttons.${c}`, partyContext(o.typeDef))}
            </Button>
          ))}
        </div>
      ) : held && !offered ? (
        <div className="task-buttons">
          <Button size="large" type="primary" className="task-button-wide" onClick={() => setHanding(true)}>
            {t('money:cash.handOverThis')}
          </Button>
        </div>
      ) : (
        <Result status="success" className="task-done" title={t('orders:tasks.nothingToDo')} />
      )}
      {/* A4.4.9: on a GPS job the technician writes the customer's invoice himself, from here (hidden on other jobs) */}
      <OrderInvoice order={o} />
      {/* A4.7: parts short on site, the manager's approval by phone is recorded here */}
      <VerbalApprovals order={o} />
      {mine && held ? <HandoverModal open={handing} holding={mine} only={[held.paymentId]} onClose={() => setHanding(false)} /> : null}
      {canSeeOrders ? (
        <p>
          <Link to={`/orders/${o.id}`}>{t('orders:tasks.fullOrder')}</Link>
        </p>
      ) : null}
      {dialogs}
    </div>
  );
}

/** A detail the call recorded: a choice by its label, a record of another module by its name (a visit's patient), a text as typed. */
function DetailValue({ order, field }: { order: Order; field: DetailField }) {
  const { t } = useTranslation();
  const v = String(order.details[field.key]);
  if (field.kind === 'select') return t(`orders:details.${order.type}.${field.key}Options.${v}`);
  const ref = field.kind === 'ref' ? order.detailRefs[field.key] : undefined;
  return ref ? <DetailRef value={ref} /> : v;
}
