import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { yuanToFen } from '../../app/ui/money';
import { useServerToday } from '../../app/ui/server-time';
import { OFFER_KINDS, type OfferKind } from './activity-queries';
import { projectListQuery, projectPeopleQuery, useSocialworkChanged } from './project-queries';

interface Values {
  orgId: string;
  projectId?: string;
  offeredTo: string;
  offeredBy: string;
  offeredOn: Dayjs;
  kind: OfferKind;
  description: string;
  value?: string;
  declinedHow: string;
}

/**
 * 登记 (A3.2): what was offered to which social worker, by whom and when, its value when known, and how it was
 * declined — the register proves it was. Entries are final.
 */
export function EthicsEntryDialog({ onClose, onSaved }: { onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const me = useMe();
  const today = dayjs(useServerToday());
  const orgId = Form.useWatch('orgId', form);
  const people = useQuery({ ...projectPeopleQuery(orgId ?? ''), enabled: Boolean(orgId) });
  const projects = useQuery({ ...projectListQuery({ orgId: orgId ?? '' }), enabled: Boolean(orgId) });
  const required = { required: true, whitespace: true, message: t('validation:required') };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('swActivities:ethics.newTitle')}
      okText={t('swActivities:ethics.record')}
      initialValues={{ orgId: me.user.orgId, offeredOn: today, kind: 'gift' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/socialwork/ethics', {
            body: {
              orgId: v.orgId,
              projectId: v.projectId ?? null,
              offeredTo: v.offeredTo,
              offeredBy: v.offeredBy.trim(),
              offeredOn: v.offeredOn.format('YYYY-MM-DD'),
              kind: v.kind,
              description: v.description.trim(),
              valueFen: v.value?.trim() ? yuanToFen(v.value) : null,
              declinedHow: v.declinedHow.trim(),
            },
          }),
        );
        await changed();
        onSaved();
      }}
    >
      <Form.Item name="orgId" label={t('swActivities:ethics.org')} rules={[{ required: true, message: t('validation:required') }]}>
        <OrgTreeSelect selectable={(o) => o.active && (o.kind === 'centre' || o.kind === 'station')} />
      </Form.Item>
      <Form.Item
        name="offeredTo"
        label={t('swActivities:ethics.offeredTo')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!orgId}
          loading={people.isFetching}
          options={(people.data?.executors ?? []).map((p) => ({
            value: p.id,
            label: t('common:aside', { text: p.displayName, aside: p.orgName }),
          }))}
        />
      </Form.Item>
      <Form.Item name="projectId" label={t('swActivities:ethics.project')}>
        <Select
          allowClear
          disabled={!orgId}
          loading={projects.isFetching}
          options={(projects.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.number} ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item name="offeredBy" label={t('swActivities:ethics.offeredBy')} rules={[required, { max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="offeredOn"
        label={t('swActivities:ethics.offeredOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item name="kind" label={t('swActivities:ethics.kind')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select options={OFFER_KINDS.map((k) => ({ value: k, label: t(`swActivities:offerKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="description" label={t('swActivities:ethics.description')} rules={[required, { max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="value"
        label={t('swActivities:ethics.value')}
        rules={[
          {
            validator: (_, v: string | undefined) =>
              !v?.trim() || yuanToFen(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('swActivities:ethics.valueInvalid'))),
          },
        ]}
      >
        <Input inputMode="decimal" prefix="¥" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="declinedHow"
        label={t('swActivities:ethics.declinedHow')}
        extra={t('swActivities:ethics.declinedHelp')}
        rules={[required, { max: 500 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
