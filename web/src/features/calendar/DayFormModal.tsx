import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { DAY_KINDS, type DayKind } from './calendar-queries';

interface Values {
  day: string;
  kind: DayKind;
  name: string;
}

/** Marks a date a holiday or a make-up working day (or changes one): the server judges the date and the weekday. */
export function DayFormModal({ open, onSaved, onClose }: { open: boolean; onSaved(): void; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title={t('calendar:form.title')}
      form={form}
      initialValues={{ kind: 'holiday' }}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = await unwrap(
          api.PUT('/api/calendar/days/{day}', { params: { path: { day: v.day.trim() } }, body: { kind: v.kind, name: v.name ?? '' } }),
        );
        toast.success(t('calendar:form.saved', { day: saved.day }));
        onSaved();
      }}
    >
      <Form.Item name="day" label={t('calendar:fields.day')} rules={[{ required: true, message: t('errors:calendar.day_invalid') }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="kind" label={t('calendar:fields.kind')} extra={t('calendar:form.kindHelp')} rules={[{ required: true }]}>
        <Select aria-label={t('calendar:fields.kind')} options={DAY_KINDS.map((k) => ({ value: k, label: t(`calendar:kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('calendar:fields.name')}
        rules={[{ required: true, whitespace: true, message: t('errors:calendar.name_required') }]}
      >
        <Input maxLength={40} placeholder={t('calendar:form.namePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
