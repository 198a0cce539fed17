import './money.css';
import { SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth/use-me';
import { Forbidden } from '../../app/layout/Forbidden';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HandoverModal } from './HandoverModal';
import { Handovers } from './Handovers';
import { cashInHandQuery } from './money-queries';
import { useSince } from './use-since';

// the gate's guards and security supervisors hold parking cash (A2.4.1.2)
const ABILITIES = ['receipts', 'collect', 'myTasks', 'parkingCollect'] as const;

/** 在手现金: who holds cash and since when; my hand-overs; handing my cash to the next person. */
export function CashPage() {
  const me = useMe();
  if (!ABILITIES.some((a) => me.abilities[a])) return <Forbidden />;
  return <CashInHand />;
}

function CashInHand() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const since = useSince();
  const cash = useQuery(cashInHandQuery);
  const [handing, setHanding] = useState(false);
  const mine = cash.data?.find((h) => h.holderId === me.user.id);

  return (
    <>
      <PageHeader
        title={t('money:cash.title')}
        extra={
          mine ? (
            <Button type="primary" icon={<SwapOutlined aria-hidden />} onClick={() => setHanding(true)}>
              {t('money:cash.handOver')}
            </Button>
          ) : null
        }
      />
      <section aria-label={t('money:cash.title')} aria-busy={cash.isFetching} className="money-cards">
        {cash.isError ? (
          <QueryError error={cash.error} onRetry={() => cash.refetch()} />
        ) : !cash.data ? (
          <Skeleton active />
        ) : cash.data.length === 0 ? (
          <Empty description={t('money:cash.empty')} />
        ) : (
          cash.data.map((h) => (
            <Card key={h.holderId} size="small" className="record-card">
              <div className="record-card-title">
                <span>{h.holderId === me.user.id ? t('money:cash.me', { name: h.holderName }) : h.holderName}</span>
                <span className="money-total">{formatFen(h.amountFen)}</span>
              </div>
              <div className="record-card-line muted">{t('money:cash.since', { time: format.dateTime(h.since), ago: since(h.since) })}</div>
              <div className="record-card-line">{t('money:cash.payments', { count: h.payments.length })}</div>
            </Card>
          ))
        )}
      </section>
      <Handovers />
      {mine ? <HandoverModal open={handing} holding={mine} onClose={() => setHanding(false)} /> : null}
    </>
  );
}
