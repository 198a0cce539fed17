import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { ItemStatusTag, PlanStateTag } from './ItemStatusTag';
import { PlanDialog } from './PlanDialog';
import { type Plan, type PlanItem, plansQuery, useTrainingChanged } from './training-queries';

/** The node's plans of the year: each with its items and where each stands; draft, change, put in force. */
export function PlanTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const mayManage = useAbility('manageTraining');
  const plans = useQuery(plansQuery({ orgId, year }));
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  if (plans.isError) return <QueryError error={plans.error} onRetry={() => plans.refetch()} />;
  const items = plans.data?.items ?? [];

  return (
    <div>
      {mayManage ? (
        <Space className="toolbar">
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('training:plan.new')}
          </Button>
        </Space>
      ) : null}
      {!plans.isPending && items.length === 0 ? <Empty description={t('training:plan.empty')} /> : null}
      {items.map((p) => (
        <PlanCard key={p.id} plan={p} onEdit={() => setEditing(p)} />
      ))}
      {editing ? <PlanDialog orgId={orgId} year={year} plan={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

function PlanCard({ plan, onEdit }: { plan: Plan; onEdit(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const changed = useTrainingChanged();
  const [confirming, setConfirming] = useState(false);
  const overdue = plan.items.filter((i) => i.status === 'overdue').length;

  return (
    <Card
      className="tr-plan"
      title={
        <Space wrap>
          <span>{plan.title}</span>
          <PlanStateTag state={plan.state} />
        </Space>
      }
      extra={
        <Space wrap>
          {plan.abilities.edit ? <Button onClick={onEdit}>{t('training:plan.edit')}</Button> : null}
          {plan.abilities.putInForce ? (
            <Button type="primary" onClick={() => setConfirming(true)}>
              {t('training:plan.putInForce')}
            </Button>
          ) : null}
          <HistoryButton entity="training_plan" id={plan.id} name={plan.title} />
        </Space>
      }
    >
      <div className="tr-plan-meta">
        {t(`training:halves.${plan.half}`)} · {t('training:plan.period', { from: plan.periodFrom, to: plan.periodTo })} · {plan.orgName}
        {plan.inForceAt && plan.inForceByName
          ? ` · ${t('training:plan.inForceBy', { name: plan.inForceByName, at: format.date(plan.inForceAt) })}`
          : ''}
      </div>
      {overdue > 0 ? <Alert className="tr-overdue" type="warning" showIcon title={t('training:plan.overdue', { count: overdue })} /> : null}
      <Table<PlanItem>
        aria-label={t('training:plan.items')}
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={plan.items}
        columns={[
          { key: 'month', title: t('training:plan.month'), render: (_, i) => i.month },
          { key: 'topic', title: t('training:plan.topic'), render: (_, i) => i.topic },
          { key: 'kind', title: t('training:plan.kind'), render: (_, i) => t(`training:kinds.${i.kind}`) },
          { key: 'hours', title: t('training:plan.hours'), align: 'right', render: (_, i) => i.hours },
          { key: 'status', title: t('training:plan.status'), render: (_, i) => <ItemStatusTag status={i.status} /> },
          {
            key: 'sessions',
            title: t('training:plan.sessions'),
            render: (_, i) => i.sessions.map((s) => s.heldOn).join(t('common:listSeparator')),
          },
        ]}
      />
      <ConfirmAction
        open={confirming}
        title={t('training:plan.putInForceTitle', { title: plan.title })}
        description={t('training:plan.putInForceText')}
        okText={t('training:plan.putInForce')}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await unwrap(
            api.POST('/api/training/plans/{id}/in-force', { params: { path: { id: plan.id } }, body: { version: plan.version } }),
          );
          await changed();
          toast.success(t('training:plan.inForceDone'));
        }}
      />
    </Card>
  );
}
