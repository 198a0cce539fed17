import './infusion-patients.css';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { useStaff } from '../users/use-staff';
import { NURSE_PERMISSION, type Team, useInfusionPatientsChanged } from './patient-queries';

interface Values {
  orgId: string;
  name: string;
  areas: string[];
  memberIds: string[];
  active: boolean;
}

/**
 * 新建 or 修改 a nursing team (A5.1, A5.8): a centre's or station's team, the areas it covers (typed as tags) and its
 * nurses, picked among the people of that centre or station who register patients.
 */
export function TeamDialog({ team, onClose, onSaved }: { team?: Team; onClose(): void; onSaved(created: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useInfusionPatientsChanged();
  const orgId = Form.useWatch('orgId', form) ?? team?.orgId;
  const staff = useStaff(orgId, [NURSE_PERMISSION]);
  const required = { required: true, message: t('validation:required') };
  const atLeastOne = (_: unknown, v: string[] | undefined) =>
    v?.some((a) => a.trim()) ? Promise.resolve() : Promise.reject(new Error(t('infusionPatients:teams.areasRequired')));
  // a nurse already in the team stays listed even if the picker no longer offers her
  const people = [
    ...(staff.data?.items ?? []).map((u) => ({ value: u.id, label: t('common:aside', { text: u.displayName, aside: u.orgName }) })),
    ...(team?.members ?? [])
      .filter((m) => !(staff.data?.items ?? []).some((u) => u.id === m.id))
      .map((m) => ({ value: m.id, label: m.displayName })),
  ];

  const submit = async (v: Values) => {
    const fields = { name: v.name, areas: v.areas.map((a) => a.trim()).filter(Boolean), memberIds: v.memberIds ?? [] };
    if (team) {
      await unwrap(
        api.PUT('/api/infusion/teams/{id}', {
          params: { path: { id: team.id } },
          body: { ...fields, active: v.active, version: team.version },
        }),
      );
    } else {
      await unwrap(api.POST('/api/infusion/teams', { body: { orgId: v.orgId, ...fields } }));
    }
    await changed();
    onSaved(!team);
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={team ? t('infusionPatients:teams.editTitle') : t('infusionPatients:teams.newTitle')}
      okText={team ? t('common:actions.save') : t('infusionPatients:teams.create')}
      initialValues={
        team
          ? { orgId: team.orgId, name: team.name, areas: team.areas, memberIds: team.members.map((m) => m.id), active: team.active }
          : { areas: [], memberIds: [], active: true }
      }
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="infusion-form">
        <Form.Item name="orgId" label={t('infusionPatients:teams.org')} rules={[required]} extra={t('infusionPatients:teams.orgHelp')}>
          {team ? (
            <Select disabled options={[{ value: team.orgId, label: team.orgName }]} />
          ) : (
            <OrgTreeSelect selectable={(o) => o.active && (o.kind === 'centre' || o.kind === 'station')} />
          )}
        </Form.Item>
        <Form.Item name="name" label={t('infusionPatients:teams.name')} rules={[required, { max: 60 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="areas"
          label={t('infusionPatients:teams.areas')}
          rules={[{ validator: atLeastOne }]}
          extra={t('infusionPatients:teams.areasHelp')}
        >
          <Select mode="tags" aria-label={t('infusionPatients:teams.areas')} tokenSeparators={['，', ',']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="memberIds" label={t('infusionPatients:teams.nurses')} extra={t('infusionPatients:teams.nursesHelp')}>
          <Select
            mode="multiple"
            aria-label={t('infusionPatients:teams.nurses')}
            showSearch
            optionFilterProp="label"
            disabled={!orgId}
            placeholder={orgId ? undefined : t('infusionPatients:teams.orgFirst')}
            loading={staff.isFetching}
            options={people}
          />
        </Form.Item>
        {team ? (
          <Form.Item
            name="active"
            label={t('infusionPatients:teams.active')}
            valuePropName="checked"
            extra={t('infusionPatients:teams.activeHelp')}
          >
            <Switch />
          </Form.Item>
        ) : null}
      </div>
    </FormModal>
  );
}
