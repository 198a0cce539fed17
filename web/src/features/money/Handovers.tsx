import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Space, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { LocalTable } from './LocalTable';
import { type Handover, handoversQuery, useRefreshMoney } from './money-queries';

/** My hand-overs, given and received; the receiver confirms the cash counted or refuses it. */
export function Handovers() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const handovers = useQuery(handoversQuery);
  const [confirming, setConfirming] = useState<Handover | null>(null);
  const [refusing, setRefusing] = useState<Handover | null>(null);

  const actions = (h: Handover) => (
    <Space wrap>
      {h.abilities.confirm ? (
        <Button type="primary" onClick={() => setConfirming(h)}>
          {t('money:handovers.confirm')}
        </Button>
      ) : null}
      {h.abilities.refuse ? (
        <Button danger onClick={() => setRefusing(h)}>
          {t('money:handovers.refuse')}
        </Button>
      ) : null}
      <HistoryButton entity="handover" id={h.id} name={`${h.fromName} → ${h.toName} ${formatFen(h.amountFen)}`} />
    </Space>
  );
  const state = (h: Handover) => <Tag>{t(`money:handovers.states.${h.state}`)}</Tag>;
  // A7.4.7: whether the giver stated that the form came with the money
  const formTag = (h: Handover) => (h.withForm ? t('money:handovers.withForm') : t('money:handovers.noForm'));
  const columns: TableProps<Handover>['columns'] = [
    { key: 'from', dataIndex: 'fromName', title: t('money:handovers.from') },
    { key: 'to', dataIndex: 'toName', title: t('money:handovers.to') },
    { key: 'amount', title: t('money:fields.amount'), align: 'right', render: (_, h) => formatFen(h.amountFen) },
    { key: 'form', title: t('money:handovers.form'), render: (_, h) => formTag(h) },
    { key: 'note', title: t('money:cash.note'), render: (_, h) => h.note ?? '' },
    { key: 'offeredAt', title: t('money:handovers.offeredAt'), render: (_, h) => format.dateTime(h.offeredAt) },
    { key: 'state', title: t('common:fields.status'), render: (_, h) => state(h) },
    { key: 'actions', title: t('common:fields.actions'), render: (_, h) => actions(h) },
  ];
  const what = (h: Handover | null) => (h ? { name: h.fromName, amount: formatFen(h.amountFen) } : {});

  return (
    <section aria-labelledby="handovers-title" className="money-section">
      <h2 id="handovers-title">{t('money:handovers.title')}</h2>
      {handovers.isError ? (
        <QueryError error={handovers.error} onRetry={() => handovers.refetch()} />
      ) : (
        <LocalTable<Handover>
          label={t('money:handovers.title')}
          rowKey="id"
          columns={columns}
          items={handovers.data}
          loading={handovers.isFetching}
          empty={<Empty description={t('money:handovers.empty')} />}
          renderCard={(h) => (
            <>
              <div className="record-card-title">
                <span>
                  {h.fromName} → {h.toName}
                </span>
                {state(h)}
              </div>
              <div className="record-card-line">
                <span className="money-total">{formatFen(h.amountFen)}</span> · {formTag(h)} · {format.dateTime(h.offeredAt)}
              </div>
              {h.note ? <div className="record-card-line muted">{h.note}</div> : null}
              {actions(h)}
            </>
          )}
        />
      )}
      <ConfirmAction
        open={confirming !== null}
        title={t('money:handovers.confirmTitle', what(confirming))}
        description={t('money:handovers.confirmText')}
        okText={t('money:handovers.confirm')}
        onClose={() => setConfirming(null)}
        onConfirm={async () => {
          if (!confirming) return;
          await unwrap(api.POST('/api/handovers/{id}/confirm', { params: { path: { id: confirming.id } } }));
          await refresh();
          toast.success(t('money:handovers.confirmed'));
        }}
      />
      <ConfirmAction
        open={refusing !== null}
        title={t('money:handovers.refuseTitle', what(refusing))}
        description={t('money:handovers.refuseText')}
        okText={t('money:handovers.refuse')}
        danger
        withReason="required"
        onClose={() => setRefusing(null)}
        onConfirm={async (reason) => {
          if (!refusing) return;
          await unwrap(api.POST('/api/handovers/{id}/refuse', { params: { path: { id: refusing.id } }, body: { reason: reason ?? '' } }));
          await refresh();
          toast.success(t('money:handovers.refused'));
        }}
      />
    </section>
  );
}
