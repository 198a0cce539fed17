import { useQueryClient } from '@tanstack/react-query';
import { Form, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { api, unwrap } from '../../api/client';
import type { Org, Param } from '../../api/types';
import { FormModal } from '../../app/ui/FormModal';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { paramValueText } from './param-value';

interface Values {
  value: number;
}

/** Sets this node's own value for a clause's number, within the bounds the regulation allows. */
export function EditParamModal({ org, param, onClose }: { org: Org; param: Param | null; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  if (!param) return null;
  const schema = z.int().check(z.minimum(param.min), z.maximum(param.max));

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('params:edit.title', { name: t(`params:keys.${param.key}.name`, { defaultValue: param.key }) })}
      initialValues={{ value: param.ownValue ?? param.value }}
      onClose={onClose}
      onSubmit={async (v) => {
        const next = await unwrap(
          api.PUT('/api/orgs/{id}/params/{key}', { params: { path: { id: org.id, key: param.key } }, body: { value: v.value } }),
        );
        client.setQueryData(['params', org.id], next);
        await client.invalidateQueries({ queryKey: ['params'] });
        await client.invalidateQueries({ queryKey: ['history', 'org', org.id] });
        toast.success(t('common:saved'));
      }}
    >
      <p>{t(`params:keys.${param.key}.description`, { defaultValue: param.description })}</p>
      {param.unit === 'flag' ? (
        <>
          <p className="muted">{t('params:edit.flagBounds', { default: paramValueText(t, param.unit, param.default) })}</p>
          <Form.Item name="value" label={t('params:edit.flagValue')} rules={[zodRule(schema, t)]}>
            <Radio.Group options={[1, 0].map((v) => ({ value: v, label: paramValueText(t, param.unit, v) }))} optionType="button" />
          </Form.Item>
        </>
      ) : (
        <>
          <p className="muted">
            {t('params:edit.bounds', { min: param.min, max: param.max, unit: t(`params:units.${param.unit}`), default: param.default })}
          </p>
          <Form.Item name="value" label={t('params:edit.value', { unit: t(`params:units.${param.unit}`) })} rules={[zodRule(schema, t)]}>
            {/* No min/max clamping: a value out of bounds is explained, not silently changed. */}
            <InputNumber className="param-input" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
