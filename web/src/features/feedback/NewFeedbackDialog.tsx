import '../orders/order-forms.css';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { FormModal } from '../../app/ui/FormModal';
import { residentOf, UnitPicker } from '../estates/UnitPicker';
import { PhotoPicker } from '../orders/PhotoPicker';
import { useStaff } from '../users/use-staff';
import { FEEDBACK_KINDS, STAFF_CHANNELS, useFeedbackChanged } from './feedback-queries';
import { OrderSelect } from './OrderSelect';

interface Values {
  officeId: string;
  kind: (typeof FEEDBACK_KINDS)[number];
  channel: (typeof STAFF_CHANNELS)[number];
  customerName: string;
  customerPhone?: string;
  unitId?: string | null;
  address?: string;
  aboutNodeId?: string;
  aboutOrderId?: string | null;
  aboutUserId?: string;
  content: string;
  photos?: string[];
}

const optional = (v: string | undefined | null) => (v?.trim() ? v.trim() : null);

/** 登记意见: feedback taken by hotline, letter or visit at a node where the caller handles feedback. */
const STAFF_PERMISSIONS = ['orders.work', 'orders.pay', 'parking.gate', 'parking.collect', 'feedback.answer', 'feedback.handle'];

export function NewFeedbackDialog({ officeId, onClose, onTaken }: { officeId?: string; onClose(): void; onTaken(id: string): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  // the people of the receiving office who serve customers: at their work, the gate or the till
  const staff = useStaff(Form.useWatch('officeId', form) ?? officeId, STAFF_PERMISSIONS);
  const changed = useFeedbackChanged();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('feedback:new.title')}
      okText={t('feedback:actions.new')}
      initialValues={{ officeId, kind: 'complaint', channel: 'hotline' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const created = await unwrap(
          api.POST('/api/feedback', {
            body: {
              officeId: v.officeId,
              kind: v.kind,
              channel: v.channel,
              customerName: v.customerName,
              customerPhone: optional(v.customerPhone),
              unitId: v.unitId ?? null,
              address: optional(v.address),
              aboutNodeId: v.aboutNodeId ?? null,
              aboutOrderId: v.aboutOrderId ?? null,
              aboutUserId: v.aboutUserId ?? null,
              content: v.content,
              ...(v.photos?.length ? { photos: v.photos } : {}),
            },
          }),
        );
        await changed();
        onTaken(created.id);
      }}
    >
      <div className="feedback-form">
        <Form.Item name="officeId" label={t('feedback:fields.office')} rules={[required]}>
          <OrgTreeSelect />
        </Form.Item>
        <Form.Item name="kind" label={t('feedback:fields.kind')} rules={[required]}>
          <Select options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`feedback:kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="channel" label={t('feedback:fields.channel')} rules={[required]}>
          <Select options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`feedback:channels.${c}`) }))} />
        </Form.Item>
        <Form.Item name="customerName" label={t('feedback:fields.customerName')} rules={[required]}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="customerPhone" label={t('feedback:fields.customerPhone')}>
          <Input maxLength={20} inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item name="unitId" label={t('feedback:fields.unit')}>
          <UnitPicker
            onPick={(u) => {
              if (!u) return;
              const resident = residentOf(u);
              form.setFieldsValue({
                address: u.address,
                ...(resident && !form.getFieldValue('customerName') ? { customerName: resident.name } : {}),
                ...(resident?.phone && !form.getFieldValue('customerPhone') ? { customerPhone: resident.phone } : {}),
              });
            }}
          />
        </Form.Item>
        <Form.Item name="address" label={t('feedback:fields.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="aboutNodeId" label={t('feedback:fields.aboutNodeOptional')}>
          <OrgTreeSelect allowClear placeholder={t('feedback:new.aboutNodeHint')} />
        </Form.Item>
        <Form.Item name="aboutOrderId" label={t('feedback:fields.aboutOrderOptional')}>
          <OrderSelect />
        </Form.Item>
        <Form.Item name="aboutUserId" label={t('feedback:fields.aboutUserOptional')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={staff.isLoading}
            placeholder={t('feedback:new.aboutUserHint')}
            options={(staff.data?.items ?? []).map((u) => ({
              value: u.id,
              label: t('common:aside', { text: u.displayName, aside: u.orgName }),
            }))}
          />
        </Form.Item>
        <Form.Item name="content" label={t('feedback:fields.content')} rules={[required]}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="photos" label={t('feedback:fields.photos')}>
          <PhotoPicker />
        </Form.Item>
      </div>
    </FormModal>
  );
}
