import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { type Project, projectPeopleQuery, useSocialworkChanged } from './project-queries';

interface Values {
  orgId: string;
  title: string;
  executorId: string;
  supervisorId: string;
}

/**
 * 新建项目 or 修改 (A3.3): the centre or station running it, its title, the social worker who executes it and the
 * supervisor (督导) — of the node or the centre above it — who supervises it.
 */
export function ProjectDialog({ project, onClose, onSaved }: { project?: Project; onClose(): void; onSaved(p: Project): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const orgId = Form.useWatch('orgId', form) ?? project?.orgId;
  const people = useQuery({ ...projectPeopleQuery(orgId ?? ''), enabled: Boolean(orgId) });
  const required = { required: true, message: t('validation:required') };
  const options = (list: { id: string; displayName: string; orgName: string }[] | undefined) =>
    (list ?? []).map((p) => ({ value: p.id, label: t('common:aside', { text: p.displayName, aside: p.orgName }) }));

  const submit = async (v: Values) => {
    const saved = project
      ? await unwrap(
          api.PUT('/api/socialwork/projects/{id}', {
            params: { path: { id: project.id } },
            body: { version: project.version, title: v.title, executorId: v.executorId, supervisorId: v.supervisorId },
          }),
        )
      : await unwrap(api.POST('/api/socialwork/projects', { body: v }));
    await changed();
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(project ? 'socialwork:project.editTitle' : 'socialwork:project.newTitle')}
      okText={t(project ? 'common:actions.save' : 'socialwork:project.create')}
      initialValues={
        project ? { orgId: project.orgId, title: project.title, executorId: project.executorId, supervisorId: project.supervisorId } : {}
      }
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="orgId" label={t('socialwork:fields.org')} rules={[required]}>
        {project ? (
          <Select disabled options={[{ value: project.orgId, label: project.orgName }]} />
        ) : (
          <OrgTreeSelect selectable={(o) => o.active && (o.kind === 'centre' || o.kind === 'station')} />
        )}
      </Form.Item>
      <Form.Item name="title" label={t('socialwork:fields.title')} rules={[required, { max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="executorId" label={t('socialwork:fields.executor')} rules={[required]} extra={t('socialwork:project.executorHelp')}>
        <Select
          showSearch
          optionFilterProp="label"
          disabled={!orgId}
          loading={people.isFetching}
          options={options(people.data?.executors)}
        />
      </Form.Item>
      <Form.Item
        name="supervisorId"
        label={t('socialwork:fields.supervisor')}
        rules={[required]}
        extra={t('socialwork:project.supervisorHelp')}
      >
        <Select
          showSearch
          optionFilterProp="label"
          disabled={!orgId}
          loading={people.isFetching}
          options={options(people.data?.supervisors)}
        />
      </Form.Item>
    </FormModal>
  );
}
