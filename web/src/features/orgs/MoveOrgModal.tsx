import { Form } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { KIND_LEVEL } from '../../app/org-scope/org-tree';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { useRefreshOrgs } from './org-queries';

interface Values {
  parentId: string;
}

/** Moves a node with everything under it. Only parents it may sit under are offered (never itself or below). */
export function MoveOrgModal({ org, open, onClose }: { org: Org; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshOrgs();
  const [form] = Form.useForm<Values>();
  const selectable = useCallback(
    (p: Org) => p.active && p.id !== org.parentId && !p.path.startsWith(org.path) && KIND_LEVEL[org.kind] > KIND_LEVEL[p.kind],
    [org],
  );

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs:move.title', { name: org.name })}
      okText={t('orgs:actions.move')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/orgs/{id}/move', { params: { path: { id: org.id } }, body: { parentId: v.parentId, version: org.version } }),
        );
        await refresh();
        toast.success(t('orgs:move.done'));
      }}
    >
      <p>{t('orgs:move.text')}</p>
      <Form.Item name="parentId" label={t('orgs:move.parent')} rules={[{ required: true, message: t('validation:required') }]}>
        <OrgTreeSelect selectable={selectable} />
      </Form.Item>
    </FormModal>
  );
}
