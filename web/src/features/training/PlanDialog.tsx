import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useToast } from '../../app/ui/toast';
import { HOURS, PLAN_HALVES, type Plan, type PlanHalf, TRAINING_KINDS, type TrainingKind, useTrainingChanged } from './training-queries';

interface ItemValues {
  topic: string;
  month: Dayjs;
  kind: TrainingKind;
  hours: number;
}
interface Values {
  title: string;
  half: PlanHalf;
  items: ItemValues[];
}

/**
 * 制定 / 修改培训计划 (A1.1): the plan's title, its period (a year or a half, fixed once drafted) and the trainings it plans —
 * topic, month, kind and hours each. A draft only: once in force the plan no longer changes.
 */
export function PlanDialog({ orgId, year, plan, onClose }: { orgId: string; year: number; plan: Plan | null; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const toast = useToast();
  const changed = useTrainingChanged();
  const required = { required: true, message: t('validation:required') };
  const hoursRange = numberRange(t, HOURS);
  const planYear = plan?.year ?? year;
  const initial: Partial<Values> = plan
    ? {
        title: plan.title,
        half: plan.half,
        items: plan.items.map((i) => ({ topic: i.topic, month: dayjs(`${i.month}-01`), kind: i.kind, hours: i.hours })),
      }
    : { title: t('training:plan.titleDefault', { year }), half: 'year', items: [] };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(plan ? 'training:plan.editTitle' : 'training:plan.newTitle')}
      okText={t(plan ? 'training:plan.save' : 'training:plan.create')}
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const items = (v.items ?? []).map((i) => ({
          topic: i.topic.trim(),
          month: i.month.format('YYYY-MM'),
          kind: i.kind,
          hours: i.hours,
        }));
        if (plan)
          await unwrap(
            api.PUT('/api/training/plans/{id}', {
              params: { path: { id: plan.id } },
              body: { title: v.title.trim(), items, version: plan.version },
            }),
          );
        else await unwrap(api.POST('/api/training/plans', { body: { orgId, year, half: v.half, title: v.title.trim(), items } }));
        await changed();
        toast.success(t('training:plan.saved'));
      }}
    >
      <Form.Item name="title" label={t('training:plan.title')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="half" label={t('training:plan.half')} rules={[required]}>
        <Select
          disabled={Boolean(plan)}
          options={PLAN_HALVES.map((h) => ({ value: h, label: `${planYear} ${t(`training:halves.${h}`)}` }))}
        />
      </Form.Item>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <fieldset>
            <legend>{t('training:plan.items')}</legend>
            {fields.map((f, n) => (
              <div key={f.key} className="tr-item-row">
                <Form.Item name={[f.name, 'month']} rules={[required]}>
                  <DatePicker picker="month" aria-label={`${t('training:plan.itemNo', { n: n + 1 })} ${t('training:plan.month')}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'topic']} rules={[{ ...required, whitespace: true }]}>
                  <Input
                    maxLength={200}
                    placeholder={t('training:plan.topic')}
                    aria-label={`${t('training:plan.itemNo', { n: n + 1 })} ${t('training:plan.topic')}`}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'kind']} rules={[required]}>
                  <Select
                    style={{ width: 120 }}
                    aria-label={`${t('training:plan.itemNo', { n: n + 1 })} ${t('training:plan.kind')}`}
                    options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`training:kinds.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'hours']} rules={[required, ...hoursRange]}>
                  <InputNumber
                    step={0.5}
                    precision={1}
                    aria-label={`${t('training:plan.itemNo', { n: n + 1 })} ${t('training:plan.hours')}`}
                    placeholder={t('training:plan.hours')}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('training:plan.removeItem', { n: n + 1 })}
                  onClick={() => remove(f.name)}
                />
              </div>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() =>
                add({ kind: 'skills', hours: 2, month: dayjs(`${planYear}-${String(dayjs().month() + 1).padStart(2, '0')}-01`) })
              }
            >
              {t('training:plan.addItem')}
            </Button>
          </fieldset>
        )}
      </Form.List>
    </FormModal>
  );
}
