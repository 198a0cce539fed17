import { useQuery } from '@tanstack/react-query';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { categoriesQuery, type Drug, drugFields, useDrugsChanged } from './drug-queries';

interface Values {
  name: string;
  spec: string;
  categories: string[];
  active: boolean;
}

/** 新增/编辑药品: name, spec, the centre's categories it belongs to, and whether it is in use. */
export function DrugDialog({ drug, onClose }: { drug: Drug | null; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useDrugsChanged();
  const categories = useQuery(categoriesQuery());
  const [form] = Form.useForm<Values>();
  const s = drugFields.shape;

  return (
    <FormModal<Values>
      open
      form={form}
      title={drug ? t('infusionOrders:drugs.edit', { name: drug.name }) : t('infusionOrders:drugs.create')}
      initialValues={
        drug
          ? { name: drug.name, spec: drug.spec, categories: drug.categories.map((c) => c.code), active: drug.active }
          : { categories: [], active: true }
      }
      onClose={onClose}
      onSubmit={async (v) => {
        const body = { name: v.name.trim(), spec: v.spec.trim(), categories: v.categories ?? [], active: v.active };
        if (drug)
          await unwrap(
            api.PUT('/api/infusion/drugs/{id}', { params: { path: { id: drug.id } }, body: { ...body, version: drug.version } }),
          );
        else await unwrap(api.POST('/api/infusion/drugs', { body }));
        await changed();
        toast.success(t('common:saved'));
      }}
    >
      <Form.Item name="name" label={t('infusionOrders:drugs.name')} rules={[zodRule(s.name, t)]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="spec" label={t('infusionOrders:drugs.spec')} rules={[zodRule(s.spec, t)]} extra={t('infusionOrders:drugs.specHelp')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="categories" label={t('infusionOrders:drugs.categories')} extra={t('infusionOrders:drugs.categoriesHelp')}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={(categories.data?.items ?? []).map((c) => ({
            value: c.code,
            label: c.excluded ? t('common:aside', { text: c.name, aside: t('infusionOrders:categories.excluded') }) : c.name,
          }))}
        />
      </Form.Item>
      <Form.Item name="active" label={t('infusionOrders:drugs.active')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
