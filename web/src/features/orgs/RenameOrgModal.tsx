import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { orgCode, orgName } from './org.schemas';
import { useRefreshOrgs } from './org-queries';

interface Values {
  name: string;
  code?: string;
}

/** Renames a node or changes its code; sends the version seen, so a concurrent change is refused, not overwritten. */
export function RenameOrgModal({ org, open, onClose }: { org: Org; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshOrgs();
  const [form] = Form.useForm<Values>();

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t('orgs:rename.title')}
      initialValues={{ name: org.name, code: org.code ?? '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.PATCH('/api/orgs/{id}', {
            params: { path: { id: org.id } },
            body: { name: v.name.trim(), code: v.code?.trim() || null, version: org.version },
          }),
        );
        await refresh();
        toast.success(t('common:saved'));
      }}
    >
      <Form.Item name="name" label={t('orgs:fields.name')} rules={[zodRule(orgName, t)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="code" label={t('orgs:fields.code')} rules={[zodRule(orgCode, t)]} extra={t('orgs:fields.codeHelp')}>
        <Input maxLength={40} autoCapitalize="off" spellCheck={false} />
      </Form.Item>
    </FormModal>
  );
}
