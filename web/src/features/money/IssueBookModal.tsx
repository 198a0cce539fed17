import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { type BookRequest, booksQuery, useRefreshMoney } from './money-queries';

interface Values {
  bookId: string;
}

/** The custodian hands a book from stock to the requested cashier. */
export function IssueBookModal({ request, onClose }: { request: BookRequest; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const [form] = Form.useForm<Values>();
  const stock = useQuery(booksQuery('in_stock'));

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('money:requests.issueTitle', { name: request.cashierName, org: request.orgName })}
      okText={t('money:requests.issue')}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(api.POST('/api/book-requests/{id}/issue', { params: { path: { id: request.id } }, body: v }));
        await refresh();
        toast.success(t('money:requests.issued'));
      }}
    >
      <Form.Item name="bookId" label={t('money:requests.book')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select
          loading={stock.isFetching}
          options={(stock.data ?? []).map((b) => ({ value: b.id, label: `${b.series} ${b.firstNo}–${b.lastNo}` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
