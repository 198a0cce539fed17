import './infusion-orders.css';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { DrugSelect } from './DrugSelect';
import { orderFields, ROUTES, useOrdersChanged } from './order-queries';

type Route = (typeof ROUTES)[number];

interface Line {
  drugId: string;
  dose: string;
  route: Route;
  frequency: string;
}

/** A new line: given by drip once a day unless the physician says otherwise. */
const newLine = (drugId?: string): Partial<Line> => ({ ...(drugId ? { drugId } : {}), route: 'iv_drip', frequency: 'qd' });

interface Values {
  medicalRecordNo: string;
  lines: Line[];
  visitsPlanned: number;
  period: [Dayjs, Dayjs];
  overrideReason?: string;
}

/**
 * 开医嘱 (A5.2): the medical record, one to ten drug lines, the visits and the period. Refused for drugs of excluded
 * categories (A5.3), the dialog names them and asks for the override reason; sent again with it, the order is made.
 * `outside` orders a drug from another hospital (A5.5) whose chain is signed up to this step: its drug is the first line.
 */
export function OrderDialog(props: {
  patientId: string;
  patientName: string;
  outside?: { id: string; drugId: string };
  onClose(): void;
  onCreated?(id: string): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useOrdersChanged();
  const today = dayjs(useServerToday());
  const [form] = Form.useForm<Values>();
  const [excluded, setExcluded] = useState<string | null>(null);
  const s = orderFields.shape;
  const required = { required: true, message: t('validation:required') };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('infusionOrders:create.title', { name: props.patientName })}
      okText={t('infusionOrders:create.ok')}
      initialValues={{
        visitsPlanned: 5,
        period: [today, today.add(4, 'day')],
      }}
      onClose={props.onClose}
      onSubmit={async (v) => {
        try {
          const made = await unwrap(
            api.POST('/api/infusion/orders', {
              body: {
                patientId: props.patientId,
                medicalRecordNo: v.medicalRecordNo.trim(),
                origin: props.outside ? 'outside' : 'centre',
                ...(props.outside ? { outsideDrugId: props.outside.id } : {}),
                lines: v.lines.map((l) => ({ drugId: l.drugId, dose: l.dose.trim(), route: l.route, frequency: l.frequency.trim() })),
                visitsPlanned: v.visitsPlanned,
                startsOn: v.period[0].format('YYYY-MM-DD'),
                endsOn: v.period[1].format('YYYY-MM-DD'),
                ...(v.overrideReason?.trim() ? { override: { reason: v.overrideReason.trim() } } : {}),
              },
            }),
          );
          await changed();
          toast.success(t('infusionOrders:create.done', { number: made.number }));
          props.onCreated?.(made.id);
        } catch (e) {
          if (isApiError(e) && e.code === 'infusion.drug_excluded') {
            setExcluded(e.fieldErrors.find((f) => f.field === 'lines')?.message ?? '');
          }
          throw e;
        }
      }}
    >
      <Form.Item name="medicalRecordNo" label={t('infusionOrders:fields.medicalRecordNo')} rules={[zodRule(s.medicalRecordNo, t)]}>
        <Input maxLength={40} autoComplete="off" />
      </Form.Item>
      <Form.List name="lines" initialValue={[newLine(props.outside?.drugId)]}>
        {(fields, { add, remove }) => (
          <fieldset className="order-lines infusion-order-form">
            <legend>{t('infusionOrders:fields.lines')}</legend>
            {fields.map((field, n) => (
              <Space key={field.key} wrap align="start" className="order-line">
                <Form.Item
                  name={[field.name, 'drugId']}
                  label={t('infusionOrders:fields.drugN', { n: n + 1 })}
                  rules={[required]}
                  style={{ minWidth: 260 }}
                >
                  <DrugSelect />
                </Form.Item>
                <Form.Item name={[field.name, 'dose']} label={t('infusionOrders:fields.dose')} rules={[zodRule(s.dose, t)]}>
                  <Input maxLength={40} placeholder={t('infusionOrders:fields.dosePlaceholder')} />
                </Form.Item>
                <Form.Item name={[field.name, 'route']} label={t('infusionOrders:fields.route')} rules={[required]}>
                  <Select style={{ minWidth: 120 }} options={ROUTES.map((r) => ({ value: r, label: t(`infusion:routes.${r}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'frequency']} label={t('infusionOrders:fields.frequency')} rules={[zodRule(s.frequency, t)]}>
                  <Input maxLength={40} style={{ width: 100 }} />
                </Form.Item>
                {fields.length > 1 ? (
                  <Button onClick={() => remove(field.name)} aria-label={t('infusionOrders:create.removeLine', { n: n + 1 })}>
                    {t('infusionOrders:create.remove')}
                  </Button>
                ) : null}
              </Space>
            ))}
            {fields.length < 10 ? (
              <Button type="dashed" onClick={() => add(newLine())}>
                {t('infusionOrders:create.addLine')}
              </Button>
            ) : null}
          </fieldset>
        )}
      </Form.List>
      <Space wrap>
        <Form.Item
          name="visitsPlanned"
          label={t('infusionOrders:fields.visitsPlanned')}
          rules={[required, ...numberRange(t, { min: 1, max: 60 })]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item name="period" label={t('infusionOrders:fields.period')} rules={[required]}>
          <DatePicker.RangePicker allowClear={false} />
        </Form.Item>
      </Space>
      {excluded !== null ? (
        <>
          <Alert
            type="warning"
            showIcon
            className="detail-alert"
            title={t('infusionOrders:create.excluded', { categories: excluded })}
            description={t('infusionOrders:create.excludedHelp')}
          />
          <Form.Item name="overrideReason" label={t('infusionOrders:fields.overrideReason')} rules={[zodRule(s.overrideReason, t)]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
