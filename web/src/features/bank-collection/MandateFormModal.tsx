import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { BANK_KEY } from './bank-queries';
import { EstateSelect } from './EstateSelect';

interface Values {
  estateId?: string;
  unitId: string;
  mandateNo: string;
  bankName: string;
  accountHolder: string;
  accountNo: string;
  signedDate: Dayjs;
}

/** Records a unit's 托收协议; the account number typed is masked by the server before anything is kept. */
export function MandateFormModal({ open, estateId, onClose }: { open: boolean; estateId?: string | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const estate = Form.useWatch('estateId', form);
  const [q, setQ] = useState('');
  const units = useQuery({
    queryKey: [...BANK_KEY, 'unitSearch', estate, q],
    queryFn: () => unwrap(api.GET('/api/estate-units/search', { params: { query: { q, ...(estate ? { estateId: estate } : {}) } } })),
    enabled: q.trim().length > 0,
  });
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal<Values>
      open={open}
      title={t('bankCollection:mandate.new')}
      form={form}
      initialValues={{ estateId }}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/bank-mandates', {
            body: {
              unitId: v.unitId,
              mandateNo: v.mandateNo,
              bankName: v.bankName,
              accountHolder: v.accountHolder,
              accountNo: v.accountNo,
              signedDate: v.signedDate.format('YYYY-MM-DD'),
            },
          }),
        );
        await client.invalidateQueries({ queryKey: BANK_KEY });
      }}
    >
      <Form.Item name="estateId" label={t('bankCollection:fields.estate')}>
        <EstateSelect allowClear />
      </Form.Item>
      <Form.Item name="unitId" label={t('bankCollection:fields.unit')} rules={[required]} extra={t('bankCollection:mandate.unitHint')}>
        <Select
          showSearch={{ filterOption: false, onSearch: setQ }}
          aria-label={t('bankCollection:fields.unit')}
          placeholder={t('bankCollection:mandate.unitHint')}
          notFoundContent={null}
          options={(units.data ?? []).map((u) => ({
            value: u.id,
            label: `${u.estateName} ${u.buildingName}${u.entrance ? `${u.entrance}单元` : ''}${u.room}${u.ownerName ? ` · ${u.ownerName}` : ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="mandateNo" label={t('bankCollection:fields.mandateNo')} rules={[required]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="bankName" label={t('bankCollection:fields.bankName')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item name="accountHolder" label={t('bankCollection:fields.accountHolder')} rules={[required]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="accountNo"
        label={t('bankCollection:fields.accountNo')}
        rules={[required]}
        extra={t('bankCollection:mandate.accountHint')}
      >
        <Input autoComplete="off" inputMode="numeric" />
      </Form.Item>
      <Form.Item name="signedDate" label={t('bankCollection:fields.signedDate')} rules={[required]}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
