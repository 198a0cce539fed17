import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useServerToday } from '../../app/ui/server-time';
import { type StaffMember, useAssessmentChanged } from './assessment-queries';

interface Values {
  postTitle: string;
  duties: string;
  postedOn: Dayjs;
}

/** 发布岗位职责 (A1.6): the post and its duties; posting again replaces the ones in force. */
export function DutyDialog({ member, onClose, onSaved }: { member: StaffMember; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const today = useServerToday();
  const changed = useAssessmentChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const r = member.responsibility;
  const submit = async (v: Values) => {
    await unwrap(
      api.POST('/api/assessment/responsibilities', {
        body: {
          userId: member.userId,
          postTitle: v.postTitle,
          duties: v.duties,
          postedOn: v.postedOn.format('YYYY-MM-DD'),
          ...(r ? { version: r.version } : {}),
        },
      }),
    );
    await changed();
    onSaved();
  };
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('assessment:duty.title', { name: member.name })}
      initialValues={{ postTitle: r?.postTitle ?? '', duties: r?.duties ?? '', postedOn: dayjs(today) }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="postTitle" label={t('assessment:duty.postTitle')} rules={[required, { max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="duties" label={t('assessment:duty.duties')} rules={[required, { max: 4000 }]} extra={t('assessment:duty.inForce')}>
        <Input.TextArea rows={6} />
      </Form.Item>
      <Form.Item name="postedOn" label={t('assessment:duty.postedOn')} rules={[{ required: true, message: t('validation:required') }]}>
        <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') > today} />
      </Form.Item>
    </FormModal>
  );
}
