import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Form, Input, Switch, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAbility } from '../../app/auth/use-me';
import { FormModal } from '../../app/ui/FormModal';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { StatusTag } from '../../app/ui/StatusTag';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { type FeeItem, feeItemsQuery, useRefreshItems } from './fee-standard-queries';

/** 收费项目: what the company charges monthly; HQ business adds, renames and deactivates them. */
export function FeeItemsPage() {
  const { t } = useTranslation();
  const items = useQuery(feeItemsQuery);
  const canManage = useAbility('manageFeeItems');
  const [editing, setEditing] = useState<FeeItem | 'new' | null>(null);
  return (
    <>
      <PageHeader
        title={t('feeStandards:items.title')}
        subtitle={t('feeStandards:items.subtitle')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('feeStandards:items.new')}
            </Button>
          ) : null
        }
      />
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <Table<FeeItem>
          rowKey="id"
          loading={items.isFetching}
          dataSource={items.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('feeStandards:items.empty')} /> }}
          columns={[
            { key: 'code', title: t('feeStandards:items.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('feeStandards:items.name'),
              render: (_, i) => (
                <>
                  {i.name}
                  {i.pricedElsewhere ? <div className="muted">{t('feeStandards:items.pricedElsewhere')}</div> : null}
                </>
              ),
            },
            { key: 'active', title: t('feeStandards:items.active'), render: (_, i) => <StatusTag active={i.active} /> },
            {
              key: 'actions',
              title: t('common:fields.actions'),
              render: (_, i) => (
                <>
                  {i.abilities.manage ? (
                    <Button
                      type="link"
                      icon={<EditOutlined aria-hidden />}
                      aria-label={t('feeStandards:items.editOf', { name: i.name })}
                      onClick={() => setEditing(i)}
                    />
                  ) : null}
                  <HistoryButton entity="fee_item" id={i.id} name={i.name} />
                </>
              ),
            },
          ]}
        />
      )}
      {editing ? <ItemFormModal item={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

interface ItemValues {
  code: string;
  name: string;
  active: boolean;
}

function ItemFormModal({ item, onClose }: { item?: FeeItem | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshItems();
  const [form] = Form.useForm<ItemValues>();
  return (
    <FormModal<ItemValues>
      open
      form={form}
      title={item ? t('feeStandards:items.editOf', { name: item.name }) : t('feeStandards:items.new')}
      initialValues={item ? { code: item.code, name: item.name, active: item.active } : { active: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (item)
          await unwrap(
            api.PATCH('/api/fee-items/{id}', {
              params: { path: { id: item.id } },
              body: { name: v.name.trim(), active: v.active, version: item.version },
            }),
          );
        else await unwrap(api.POST('/api/fee-items', { body: { code: v.code.trim(), name: v.name.trim() } }));
        await refresh();
        toast.success(t('feeStandards:items.saved'));
      }}
    >
      <Form.Item
        name="code"
        label={t('feeStandards:items.code')}
        extra={t('feeStandards:items.codeHelp')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input disabled={Boolean(item)} maxLength={40} />
      </Form.Item>
      <Form.Item name="name" label={t('feeStandards:items.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={40} />
      </Form.Item>
      {item ? (
        <Form.Item name="active" label={t('feeStandards:items.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
