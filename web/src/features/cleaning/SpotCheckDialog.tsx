import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { EstateSelect } from '../estates/EstateSelect';
import { AREAS, LEVELS, useCleaningChanged } from './work-queries';

interface Values {
  estateId: string;
  area: (typeof AREAS)[number];
  level: (typeof LEVELS)[number];
}

/** 抽查: an inspection of one area of an estate without a plan, opened at once to walk its checklist. */
export function SpotCheckDialog({
  estateId,
  onClose,
  onStarted,
}: {
  estateId?: string | undefined;
  onClose(): void;
  onStarted(id: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useCleaningChanged();
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('cleaningWork:spotCheck.title')}
      okText={t('cleaningWork:spotCheck.ok')}
      initialValues={{ level: 'manager', ...(estateId ? { estateId } : {}) }}
      onClose={onClose}
      onSubmit={async (v) => {
        const started = await unwrap(api.POST('/api/cleaning/inspections', { body: v }));
        await changed();
        onStarted(started.id);
      }}
    >
      <div className="cleaning-form">
        <Form.Item name="estateId" label={t('cleaningWork:fields.estate')} rules={[required]}>
          <EstateSelect label={t('cleaningWork:fields.estate')} />
        </Form.Item>
        <Form.Item name="area" label={t('cleaningWork:fields.area')} rules={[required]}>
          <Select options={AREAS.map((a) => ({ value: a, label: t(`cleaning:areas.${a}`) }))} />
        </Form.Item>
        <Form.Item name="level" label={t('cleaningWork:fields.level')} rules={[required]} extra={t('cleaningWork:spotCheck.levelHint')}>
          <Select options={LEVELS.map((l) => ({ value: l, label: t(`cleaning:levels.${l}`) }))} />
        </Form.Item>
      </div>
    </FormModal>
  );
}
