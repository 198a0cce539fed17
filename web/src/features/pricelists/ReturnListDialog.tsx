import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import type { PriceList } from './pricelist-model';
import { useRefreshPriceLists } from './pricelist-queries';

/** The office head sends a submitted list back to the preparer, saying why. */
export function ReturnListDialog({ list, open, onClose }: { list: PriceList; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshPriceLists();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <FormModal<{ reason: string }>
      open={open}
      form={form}
      title={t('pricelists:return.title', { title: list.title })}
      okText={t('pricelists:actions.return')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/price-lists/{id}/return', { params: { path: { id: list.id } }, body: { reason: v.reason.trim() } }));
        await refresh(list.id);
        toast.success(t('pricelists:return.done'));
      }}
    >
      <p className="muted">{t('pricelists:return.text')}</p>
      <Form.Item
        name="reason"
        label={t('common:fields.reason')}
        rules={[{ required: true, whitespace: true, message: t('errors:pricelist.reason_required') }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
