import { EnvironmentOutlined, PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { formatFen } from './money';
import { OrderStateTag } from './OrderStateTag';
import { OPEN_TASK_STATES, type OrderSummary } from './order-model';
import { ordersQuery } from './order-queries';
import './orders.css';

/** The business date of an instant in the organisation's zone ("2026-11-28"). */
const dayOf = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

/**
 * "My tasks" for staff on a phone: the orders I am on that still need me, today's appointments first,
 * each one tap away from its big buttons.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const timeZone = useMe().tenant.timeZone;
  const tasks = useQuery({
    ...ordersQuery({ mine: 'true', state: OPEN_TASK_STATES.join(','), sort: 'appointmentStart', page: 1, pageSize: 100 }),
    refetchInterval: 60_000,
  });

  const today = dayOf(new Date().toISOString(), timeZone);
  const items = tasks.data?.items ?? [];
  const todays = items.filter((o) => o.appointmentStart && dayOf(o.appointmentStart, timeZone) === today);
  const others = items.filter((o) => !todays.includes(o));

  const card = (o: OrderSummary) => (
    <article key={o.id} className="task-card" aria-labelledby={`task-${o.id}`}>
      <div className="task-card-head">
        <span id={`task-${o.id}`} className="task-card-number">
          {o.number}
        </span>
        <OrderStateTag state={o.state} />
      </div>
      <div className="task-card-line">
        <strong>{o.customerName}</strong>
        {o.customerPhone ? (
          <>
            {' · '}
            <a href={`tel:${o.customerPhone}`}>
              <PhoneOutlined aria-hidden /> {o.customerPhone}
            </a>
          </>
        ) : null}
      </div>
      {o.address ? (
        <div className="task-card-line">
          <EnvironmentOutlined aria-hidden /> {o.address}
        </div>
      ) : null}
      <div className="task-card-line muted">
        {o.appointmentStart ? t('orders:tasks.appointment', { at: format.dateTime(o.appointmentStart) }) : t('orders:tasks.noAppointment')}
        {o.totalFen ? ` · ${formatFen(o.totalFen)}` : ''}
      </div>
      {o.description ? <div className="task-card-line">{o.description}</div> : null}
      <Button
        type="primary"
        size="large"
        block
        className="task-card-open"
        href={`/tasks/${o.id}`}
        onClick={(e) => {
          e.preventDefault();
          navigate(`/tasks/${o.id}`);
        }}
      >
        {t('orders:tasks.open')}
      </Button>
    </article>
  );

  return (
    <div className="tasks-page">
      <PageHeader
        title={t('orders:tasks.title')}
        subtitle={t('orders:tasks.subtitle', { count: items.length })}
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => tasks.refetch()} loading={tasks.isFetching}>
            {t('orders:tasks.refresh')}
          </Button>
        }
      />
      {tasks.isPending ? (
        <Skeleton active />
      ) : tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : items.length === 0 ? (
        <Empty description={t('orders:tasks.empty')} />
      ) : (
        <div className="task-list">
          {todays.length ? (
            <section className="task-list" aria-labelledby="tasks-today">
              <h2 id="tasks-today" className="task-group-title">
                {t('orders:tasks.today', { count: todays.length })}
              </h2>
              {todays.map(card)}
            </section>
          ) : null}
          {others.length ? (
            <section className="task-list" aria-labelledby="tasks-open">
              <h2 id="tasks-open" className="task-group-title">
                {t('orders:tasks.otherOpen', { count: others.length })}
              </h2>
              {others.map(card)}
            </section>
          ) : null}
        </div>
      )}
    </div>
  );
}
