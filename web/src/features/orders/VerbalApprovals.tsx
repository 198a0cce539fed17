import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, List, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import type { Order } from './order-model';

const verbalQuery = (id: string) =>
  queryOptions({
    queryKey: ['orders', id, 'verbal-approvals'],
    queryFn: () => unwrap(api.GET('/api/orders/{id}/verbal-approvals', { params: { path: { id } } })),
  });

interface Values {
  approverName: string;
  content: string;
}

/**
 * A4.7 应急方案: approvals a technician got by phone when parts were short, each shown as the technician's record
 * until the manager confirms it afterwards (事后补录). Only on order types with emergency dispatch.
 */
export function VerbalApprovals({ order }: { order: Order }) {
  if (!order.typeDef.emergencyDispatch) return null;
  return <Panel order={order} />;
}

function Panel({ order }: { order: Order }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const client = useQueryClient();
  const list = useQuery(verbalQuery(order.id));
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: verbalQuery(order.id).queryKey }),
      client.invalidateQueries({ queryKey: ['history'] }),
    ]);
  const v = (key: string, vars?: Record<string, unknown>) => t(`orders:verbal.${key}`, vars);

  return (
    <section className="panel" aria-labelledby="order-verbal">
      <h2 id="order-verbal" className="card-heading">
        {v('title')}
      </h2>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <List
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          // the list's own empty text is too faint to read (AA contrast)
          locale={{ emptyText: <span className="muted">{v('none')}</span> }}
          renderItem={(a) => (
            <List.Item
              actions={
                !a.confirmedAt && list.data?.abilities.confirm
                  ? [
                      <Button key="confirm" size="small" onClick={() => setConfirming(a.id)}>
                        {v('confirm')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <>
                    {a.content}{' '}
                    {a.confirmedAt ? (
                      <Tag className="status-tag status-active">
                        {v('confirmedBy', { name: a.confirmedByName, at: format.dateTime(a.confirmedAt) })}
                      </Tag>
                    ) : (
                      <Tag className="verbal-unconfirmed">{v('unconfirmed')}</Tag>
                    )}
                  </>
                }
                description={v('recorded', { approver: a.approverName, by: a.recordedByName, at: format.dateTime(a.recordedAt) })}
              />
            </List.Item>
          )}
        />
      )}
      {list.data?.abilities.record ? (
        <div className="order-panel-actions">
          <Button onClick={() => setAdding(true)}>{v('record')}</Button>
        </div>
      ) : null}
      {adding ? (
        <FormModal<Values>
          open
          form={form}
          title={v('recordTitle', { number: order.number })}
          okText={v('record')}
          onClose={() => setAdding(false)}
          onSubmit={async (values) => {
            await unwrap(api.POST('/api/orders/{id}/verbal-approvals', { params: { path: { id: order.id } }, body: values }));
            await refresh();
            toast.success(v('recordedToast'));
          }}
        >
          <p>{v('recordText')}</p>
          <Form.Item
            name="approverName"
            label={v('approverName')}
            rules={[{ required: true, whitespace: true, message: t('validation:required') }]}
          >
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="content" label={v('content')} rules={[{ required: true, whitespace: true, message: t('validation:required') }]}>
            <Input.TextArea maxLength={300} rows={3} placeholder={v('contentHint')} />
          </Form.Item>
        </FormModal>
      ) : null}
      <ConfirmAction
        open={confirming !== null}
        title={v('confirmTitle')}
        description={v('confirmText')}
        okText={v('confirm')}
        onClose={() => setConfirming(null)}
        onConfirm={async () => {
          await unwrap(
            api.POST('/api/orders/{id}/verbal-approvals/{approvalId}/confirm', {
              params: { path: { id: order.id, approvalId: confirming! } },
            }),
          );
          await refresh();
          toast.success(v('confirmedToast'));
        }}
      />
    </section>
  );
}
