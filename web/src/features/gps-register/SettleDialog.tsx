import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { type Terminal, useRefresh } from './gps-queries';

/** A terminal back from repair (into stock), or scrapped, with what was done or why. */
export function SettleDialog({ terminal, outcome, onClose }: { terminal: Terminal; outcome: 'repaired' | 'scrapped'; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const refresh = useRefresh();
  const repaired = outcome === 'repaired';
  return (
    <FormModal
      open
      title={`${t(repaired ? 'gps:settle.repairedTitle' : 'gps:settle.scrapTitle')}${t('common:labelSeparator')}${terminal.serial}`}
      okText={t(repaired ? 'gps:actions.repaired' : 'gps:actions.scrap')}
      form={form}
      initialValues={{ note: '' }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/gps/terminals/{id}/settle', {
            params: { path: { id: terminal.id } },
            body: { outcome, note: v.note ?? '', version: terminal.version },
          }),
        );
        await refresh();
      }}
    >
      <Form.Item
        name="note"
        label={t(repaired ? 'gps:settle.repairedNote' : 'gps:settle.scrapNote')}
        rules={repaired ? [{ max: 500 }] : [{ required: true, message: t('validation:required') }, { max: 500 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
