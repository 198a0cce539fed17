import { EnvironmentOutlined, PhoneOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { OrderStateTag } from './OrderStateTag';
import { OPEN_TASK_STATES, type OrderSummary } from './order-model';
import { ordersQuery } from './order-queries';
import { groupTasks, openCount } from './task-groups';
import './orders.css';

const DONE_STATES = 'paid,closed';

/**
 * "My tasks" for staff on a phone: the orders that still need me, today's appointments first, then
 * overdue, upcoming and unscheduled ones, each one tap away from its big buttons; behind a second tab,
 * those waiting for someone else and the ones finished lately.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const timeZone = useMe().tenant.timeZone;
  const today = useServerToday();
  const [tab, setTab] = useState<'open' | 'done'>('open');
  const tasks = useQuery({
    ...ordersQuery({ mine: 'true', state: OPEN_TASK_STATES.join(','), sort: 'appointmentStart', page: 1, pageSize: 100 }),
    refetchInterval: 60_000,
  });
  const done = useQuery({
    ...ordersQuery({ mine: 'true', state: DONE_STATES, sort: '-appointmentStart', page: 1, pageSize: 20 }),
    enabled: tab === 'done',
  });

  const groups = groupTasks(tasks.data?.items ?? [], today, timeZone);
  const open = openCount(groups);

  const card = (o: OrderSummary) => (
    <article key={o.id} className="task-card" aria-labelledby={`task-${o.id}`}>
      <div className="task-card-head">
        <span id={`task-${o.id}`} className="task-card-number">
          {o.number}
        </span>
        <OrderStateTag state={o.state} fieldStep={o.fieldStep} />
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

  const section = (key: string, items: OrderSummary[]) =>
    items.length ? (
      <section key={key} className="task-list" aria-labelledby={`tasks-${key}`}>
        <h2 id={`tasks-${key}`} className="task-group-title">
          {t(`orders:tasks.groups.${key}`, { count: items.length })}
        </h2>
        {items.map(card)}
      </section>
    ) : null;

  const openPane = tasks.isPending ? (
    <Skeleton active />
  ) : tasks.isError ? (
    <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />
  ) : open === 0 ? (
    <Empty description={t('orders:tasks.empty')} />
  ) : (
    <div className="task-list">
      {section('today', groups.today)}
      {section('overdue', groups.overdue)}
      {section('upcoming', groups.upcoming)}
      {section('unscheduled', groups.unscheduled)}
    </div>
  );
  const donePane = done.isPending ? (
    <Skeleton active />
  ) : done.isError ? (
    <QueryError error={done.error} onRetry={() => done.refetch()} />
  ) : groups.waiting.length + done.data.items.length === 0 ? (
    <Empty description={t('orders:tasks.noneDone')} />
  ) : (
    <div className="task-list">
      {section('waiting', groups.waiting)}
      {section('done', done.data.items)}
    </div>
  );

  return (
    <div className="tasks-page">
      <PageHeader
        title={t('orders:tasks.title')}
        subtitle={t('orders:tasks.subtitle', { count: open })}
        extra={
          <Button
            icon={<ReloadOutlined aria-hidden />}
            onClick={() => Promise.all([tasks.refetch(), tab === 'done' ? done.refetch() : null])}
            loading={tasks.isFetching}
          >
            {t('orders:tasks.refresh')}
          </Button>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k === 'done' ? 'done' : 'open')}
        items={[
          { key: 'open', label: t('orders:tasks.tabs.open', { count: open }), children: openPane },
          { key: 'done', label: t('orders:tasks.tabs.done'), children: donePane },
        ]}
      />
    </div>
  );
}
