import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { yuanToFen } from '../../app/ui/money';
import { useSocialworkChanged } from './project-queries';

interface Values {
  kind: 'funding' | 'cooperation';
  partner: string;
  signedOn: string;
  amount?: string;
  note?: string;
}

/** 登记协议 (A3.3): a funding or cooperation agreement — the partner, the date signed, the amount if any, a note. */
export function AgreementDialog({ projectId, onClose }: { projectId: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('swInitiation:agreement.newTitle')}
      initialValues={{ kind: 'funding' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/socialwork/projects/{id}/agreements', {
            params: { path: { id: projectId } },
            body: {
              kind: v.kind,
              partner: v.partner,
              signedOn: v.signedOn,
              amountFen: v.amount?.trim() ? yuanToFen(v.amount) : null,
              note: v.note?.trim() || null,
            },
          }),
        );
        await changed();
      }}
    >
      <Form.Item name="kind" label={t('swInitiation:agreement.kind')} rules={[required]}>
        <Radio.Group
          options={(['funding', 'cooperation'] as const).map((k) => ({ value: k, label: t(`swInitiation:agreement.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="partner" label={t('swInitiation:agreement.partner')} rules={[required, { max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <div className="sw-form-row">
        <Form.Item name="signedOn" label={t('swInitiation:agreement.signedOn')} rules={[required]}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('swInitiation:agreement.amount')}
          rules={[
            { validator: async (_, v?: string) => (!v?.trim() || yuanToFen(v) !== null ? undefined : Promise.reject(t('money:yuanRule'))) },
          ]}
        >
          <Input inputMode="decimal" prefix="¥" autoComplete="off" />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('swInitiation:agreement.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
