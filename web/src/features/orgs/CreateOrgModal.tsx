import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Org, OrgKind } from '../../api/types';
import { kindsUnder } from '../../app/org-scope/org-tree';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { orgCode, orgName } from './org.schemas';
import { useRefreshOrgs } from './org-queries';

interface Values {
  kind: OrgKind;
  name: string;
  code?: string;
}

/** Adds a node under `parent`; only the kinds that may sit there are offered. */
export function CreateOrgModal({ parent, open, onClose }: { parent: Org; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const refresh = useRefreshOrgs();
  const [form] = Form.useForm<Values>();
  const kinds = kindsUnder(parent.kind);

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs:create.title', { parent: parent.name })}
      okText={t('common:actions.create')}
      initialValues={{ kind: kinds[0] }}
      onClose={onClose}
      onSubmit={async (v) => {
        const created = await unwrap(
          api.POST('/api/orgs', { body: { parentId: parent.id, kind: v.kind, name: v.name.trim(), code: v.code?.trim() || null } }),
        );
        await refresh();
        toast.success(t('orgs:create.done', { name: created.name }));
        navigate(`/orgs/${created.id}`);
      }}
    >
      <Form.Item name="kind" label={t('orgs:fields.kind')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`orgs:kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('orgs:fields.name')} rules={[zodRule(orgName, t)]} extra={t('orgs:fields.nameHelp')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="code" label={t('orgs:fields.code')} rules={[zodRule(orgCode, t)]} extra={t('orgs:fields.codeHelp')}>
        <Input maxLength={40} autoCapitalize="off" spellCheck={false} />
      </Form.Item>
    </FormModal>
  );
}
