import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { ITEM_CATEGORIES, type ItemCategory, PRICING_UNITS, type PricingUnit, type ServiceItem } from './pricelist-model';
import { useRefreshItems } from './pricelist-queries';

interface Values {
  code: string;
  name: string;
  nameEn?: string | null;
  category: ItemCategory;
  unit: PricingUnit;
  supervisorCollects: boolean;
}

/** The server's limits on an item (catalog.schemas.ts). */
const itemSchema = z.object({
  code: z
    .string()
    .check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: 'validation:codeChars' })),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  nameEn: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(100)))),
});

/** Defines a service item, or renames / re-units one (its code and category stay: price lists and orders refer to them). */
export function ItemFormModal({ item, open, onClose }: { item?: ServiceItem; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshItems();
  const [form] = Form.useForm<Values>();
  const s = itemSchema.shape;

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={item ? t('pricelists:catalog.editTitle', { name: item.name }) : t('pricelists:catalog.createTitle')}
      okText={item ? t('common:actions.save') : t('common:actions.create')}
      initialValues={item ?? { category: 'housekeeping', unit: 'job', supervisorCollects: false }}
      onClose={onClose}
      onSubmit={async (v) => {
        const saved = item
          ? await unwrap(
              api.PATCH('/api/service-items/{id}', {
                params: { path: { id: item.id } },
                body: { name: v.name.trim(), nameEn: v.nameEn?.trim() || null, unit: v.unit, supervisorCollects: v.supervisorCollects },
              }),
            )
          : await unwrap(
              api.POST('/api/service-items', {
                body: {
                  code: v.code.trim(),
                  name: v.name.trim(),
                  nameEn: v.nameEn?.trim() || null,
                  category: v.category,
                  unit: v.unit,
                  supervisorCollects: v.supervisorCollects,
                },
              }),
            );
        await refresh();
        toast.success(t(item ? 'pricelists:catalog.saved' : 'pricelists:catalog.created', { name: saved.name }));
      }}
    >
      <Form.Item name="name" label={t('pricelists:fields.item')} rules={[zodRule(s.name, t)]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('pricelists:fields.nameEn')}
        rules={[zodRule(s.nameEn, t)]}
        extra={t('pricelists:catalog.nameEnHelp')}
      >
        <Input maxLength={100} autoComplete="off" lang="en" />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('pricelists:fields.code')}
        rules={item ? [] : [zodRule(s.code, t)]}
        extra={item ? undefined : t('pricelists:catalog.codeHelp')}
      >
        <Input maxLength={40} disabled={Boolean(item)} autoComplete="off" autoCapitalize="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="category" label={t('pricelists:fields.category')}>
        <Select disabled={Boolean(item)} options={ITEM_CATEGORIES.map((c) => ({ value: c, label: t(`pricelists:categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="unit" label={t('pricelists:fields.unit')}>
        <Select options={PRICING_UNITS.map((u) => ({ value: u, label: t(`pricelists:units.${u}`) }))} />
      </Form.Item>
      <Form.Item name="supervisorCollects" valuePropName="checked" extra={t('pricelists:catalog.supervisorCollectsHelp')}>
        <Checkbox>{t('pricelists:fields.supervisorCollects')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
