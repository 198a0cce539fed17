import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Form, Input, List, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { type Category, categoriesQuery, drugFields, useDrugsChanged } from './drug-queries';

/** A category's name (and, for a new one, its code); the exclusion is switched in the list. */
function CategoryDialog({ category, onClose }: { category: Category | null; onClose(): void }) {
  const { t } = useTranslation();
  const changed = useDrugsChanged();
  const [form] = Form.useForm<{ name: string; code?: string; excluded: boolean }>();
  return (
    <FormModal<{ name: string; code?: string; excluded: boolean }>
      open
      form={form}
      title={category ? t('infusionOrders:categories.rename', { name: category.name }) : t('infusionOrders:categories.create')}
      initialValues={category ? { name: category.name, excluded: category.excluded } : { excluded: true }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (category)
          await unwrap(
            api.PUT('/api/infusion/drug-categories/{id}', {
              params: { path: { id: category.id } },
              body: { name: v.name.trim(), excluded: category.excluded, version: category.version },
            }),
          );
        else
          await unwrap(
            api.POST('/api/infusion/drug-categories', {
              body: { name: v.name.trim(), excluded: v.excluded, ...(v.code?.trim() ? { code: v.code.trim() } : {}) },
            }),
          );
        await changed();
      }}
    >
      <Form.Item name="name" label={t('infusionOrders:categories.name')} rules={[zodRule(drugFields.shape.categoryName, t)]}>
        <Input maxLength={60} />
      </Form.Item>
      {category ? null : (
        <>
          <Form.Item
            name="code"
            label={t('infusionOrders:categories.code')}
            rules={[zodRule(drugFields.shape.code, t)]}
            extra={t('infusionOrders:categories.codeHelp')}
          >
            <Input maxLength={40} spellCheck={false} />
          </Form.Item>
          <Form.Item name="excluded" label={t('infusionOrders:categories.excludedSwitch')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

/** The centre's drug categories (A5.3): the head renames them, adds the centre's own and switches which are excluded. */
export function DrugCategoriesDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useDrugsChanged();
  const categories = useQuery(categoriesQuery());
  const [editing, setEditing] = useState<Category | 'new' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const mayEdit = categories.data?.mayEdit ?? false;

  const toggle = async (c: Category, excluded: boolean) => {
    setBusy(c.id);
    try {
      await unwrap(
        api.PUT('/api/infusion/drug-categories/{id}', {
          params: { path: { id: c.id } },
          body: { name: c.name, excluded, version: c.version },
        }),
      );
      await changed();
      toast.success(t(excluded ? 'infusionOrders:categories.nowExcluded' : 'infusionOrders:categories.nowAllowed', { name: c.name }));
    } catch (e) {
      toast.error(errorText(t, e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('infusionOrders:categories.title', { centre: categories.data?.centreName ?? '' })}
      size="large"
      extra={
        mayEdit ? (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('infusionOrders:categories.create')}
          </Button>
        ) : null
      }
    >
      <p className="muted">{t('infusionOrders:categories.help')}</p>
      {categories.isError ? (
        <QueryError error={categories.error} onRetry={() => categories.refetch()} />
      ) : (
        <List
          aria-label={t('infusionOrders:categories.list')}
          loading={categories.isPending}
          dataSource={categories.data?.items ?? []}
          renderItem={(c) => (
            <List.Item
              actions={
                mayEdit
                  ? [
                      <Switch
                        key="excluded"
                        aria-label={t('infusionOrders:categories.excludedOf', { name: c.name })}
                        checked={c.excluded}
                        loading={busy === c.id}
                        onChange={(v) => toggle(c, v)}
                      />,
                      <Button key="rename" type="link" onClick={() => setEditing(c)}>
                        {t('infusionOrders:categories.renameShort')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Space wrap>
                <span>{c.name}</span>
                <Tag color={c.excluded ? 'red' : 'default'}>
                  {c.excluded ? t('infusionOrders:categories.excluded') : t('infusionOrders:categories.allowed')}
                </Tag>
                <span className="muted">{c.code}</span>
              </Space>
            </List.Item>
          )}
        />
      )}
      {editing ? <CategoryDialog category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </Drawer>
  );
}
