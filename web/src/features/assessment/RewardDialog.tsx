import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { FormModal } from '../../app/ui/FormModal';
import { useServerToday } from '../../app/ui/server-time';
import { type StaffMember, useAssessmentChanged } from './assessment-queries';

interface Values {
  userId: string;
  kind: 'reward' | 'penalty';
  occurredOn: Dayjs;
  reason: string;
  measure: string;
}

/** 登记奖惩 (A1.6): who, reward or penalty, the day, the reason and the measure; final once recorded. */
export function RewardDialog({ staff, onClose, onSaved }: { staff: readonly StaffMember[]; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const today = useServerToday();
  const changed = useAssessmentChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const submit = async (v: Values) => {
    await unwrap(
      api.POST('/api/assessment/rewards', {
        body: { userId: v.userId, kind: v.kind, occurredOn: v.occurredOn.format('YYYY-MM-DD'), reason: v.reason, measure: v.measure },
      }),
    );
    await changed();
    onSaved();
  };
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('assessment:rewards.title')}
      initialValues={{ kind: 'reward', occurredOn: dayjs(today) }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="userId" label={t('assessment:rewards.person')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={staff
            .filter((s) => s.userId !== me.user.id)
            .map((s) => ({ value: s.userId, label: t('common:aside', { text: s.name, aside: s.orgName }) }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('assessment:rewards.kind')}>
        <Radio.Group
          options={[
            { value: 'reward', label: t('assessment:kind.reward') },
            { value: 'penalty', label: t('assessment:kind.penalty') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="occurredOn"
        label={t('assessment:rewards.occurredOn')}
        rules={[{ required: true, message: t('validation:required') }]}
      >
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
      </Form.Item>
      <Form.Item name="reason" label={t('assessment:rewards.reason')} rules={[required, { max: 500 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item
        name="measure"
        label={t('assessment:rewards.measure')}
        rules={[required, { max: 50 }]}
        extra={t('assessment:rewards.measureHint')}
      >
        <Input />
      </Form.Item>
    </FormModal>
  );
}
