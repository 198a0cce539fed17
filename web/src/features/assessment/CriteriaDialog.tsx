import { Button, Form, Input, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { type CriteriaAnswer, useAssessmentChanged } from './assessment-queries';

interface Item {
  name: string;
  weight: number | null;
  description: string;
}
interface Values {
  items: Item[];
}

/** 考核标准 of a node for a year (A1.6): items with weights adding up to 100 (the server refuses any other sum). */
export function CriteriaDialog(props: { orgId: string; year: number; answer: CriteriaAnswer; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useAssessmentChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const own = props.answer.criteria && !props.answer.inherited ? props.answer.criteria : null;
  const start = props.answer.criteria?.items ?? [{ name: '', weight: null, description: '' }];
  const items = Form.useWatch('items', form) as Item[] | undefined;
  const sum = (items ?? []).reduce((s, i) => s + (i?.weight ?? 0), 0);
  const submit = async (v: Values) => {
    await unwrap(
      api.PUT('/api/assessment/criteria', {
        body: {
          orgId: props.orgId,
          year: props.year,
          items: v.items.map((i) => ({ name: i.name, weight: i.weight ?? 0, description: i.description ?? '' })),
          ...(own ? { version: own.version } : {}),
        },
      }),
    );
    await changed();
    props.onSaved();
  };
  return (
    <FormModal<Values>
      open
      preserve
      form={form}
      title={t('assessment:criteria.title', { year: props.year })}
      initialValues={{ items: start.map((i) => ({ ...i })) }}
      onClose={props.onClose}
      onSubmit={submit}
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, n) => (
              <Space key={field.key} wrap align="start">
                <Form.Item name={[field.name, 'name']} label={`${t('assessment:criteria.name')} ${n + 1}`} rules={[required, { max: 50 }]}>
                  <Input style={{ minWidth: 140 }} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'weight']}
                  label={t('assessment:criteria.weight')}
                  rules={[{ required: true, message: t('validation:required') }, ...numberRange(t, { min: 1, max: 100 })]}
                >
                  <InputNumber precision={0} />
                </Form.Item>
                <Form.Item name={[field.name, 'description']} label={t('assessment:criteria.description')} rules={[{ max: 500 }]}>
                  <Input style={{ minWidth: 220 }} />
                </Form.Item>
                <Button onClick={() => remove(field.name)} aria-label={t('assessment:criteria.remove', { n: n + 1 })}>
                  {t('assessment:criteria.removeShort')}
                </Button>
              </Space>
            ))}
            <p className={sum === 100 ? 'as-hint' : 'as-hint as-tag-bad'} role="status">
              {t('assessment:criteria.weightSum', { sum })}
            </p>
            {fields.length < 20 ? (
              <Button type="dashed" onClick={() => add({ name: '', weight: null, description: '' })}>
                {t('assessment:criteria.add')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
