import './cleaning-setup.css';
import { Alert, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import {
  CHECK_METHODS,
  type CheckMethod,
  CLEANING_AREAS,
  type CleaningArea,
  type Standard,
  THRESHOLD_UNITS,
  type ThresholdUnit,
  useCleaningChanged,
} from './setup-queries';

/** The unit select's choice for a check judged pass or fail (antd's Select cannot hold null). */
const NONE = 'none';

interface Values {
  area: CleaningArea;
  object: string;
  criterion: string;
  method: CheckMethod;
  thresholdUnit: ThresholdUnit | typeof NONE;
  thresholdMax?: number | null;
  note?: string;
}

/**
 * 新增 or 修改 a check. A change makes the check's next version: a reason is required, and the results judged by the
 * old version keep it. `estateId` null: the group's library.
 */
export function StandardDialog({
  estateId,
  standard,
  onClose,
}: {
  estateId: string | null;
  /** The live version being changed; absent: a new check. */
  standard?: Standard;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useCleaningChanged();
  const unit = Form.useWatch('thresholdUnit', form);
  const required = { required: true, message: t('validation:required') };
  const editing = Boolean(standard);

  const submit = async (v: Values) => {
    const threshold =
      v.thresholdUnit !== NONE
        ? { thresholdUnit: v.thresholdUnit, thresholdMax: v.thresholdMax ?? 0 }
        : { thresholdUnit: null, thresholdMax: null };
    const fields = { object: v.object.trim(), criterion: v.criterion.trim(), method: v.method, ...threshold };
    if (standard) {
      await unwrap(
        api.PUT('/api/cleaning/standards/{id}', {
          params: { path: { id: standard.id } },
          body: { ...fields, note: (v.note ?? '').trim() },
        }),
      );
    } else {
      await unwrap(api.POST('/api/cleaning/standards', { body: { estateId, area: v.area, ...fields } }));
    }
    await changed();
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={editing ? t('cleaning:standards.editTitle', { version: (standard?.version ?? 0) + 1 }) : t('cleaning:standards.addTitle')}
      okText={editing ? t('cleaning:standards.saveVersion') : t('cleaning:standards.add')}
      initialValues={
        standard
          ? {
              area: standard.area,
              object: standard.object,
              criterion: standard.criterion,
              method: standard.method,
              thresholdUnit: standard.thresholdUnit ?? NONE,
              thresholdMax: standard.thresholdMax,
            }
          : { method: 'visual', thresholdUnit: NONE }
      }
      onClose={onClose}
      onSubmit={submit}
    >
      {editing ? <Alert type="info" showIcon className="cleaning-form-hint" title={t('cleaning:standards.versionHint')} /> : null}
      <Form.Item name="area" label={t('cleaning:standards.area')} rules={[required]}>
        <Select disabled={editing} options={CLEANING_AREAS.map((a) => ({ value: a, label: t(`cleaning:areas.${a}`) }))} />
      </Form.Item>
      <Form.Item name="object" label={t('cleaning:standards.object')} rules={[required, { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="criterion" label={t('cleaning:standards.criterion')} rules={[required, { max: 500 }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="method" label={t('cleaning:standards.method')} rules={[required]}>
        <Select
          options={CHECK_METHODS.map((m) => ({ value: m, label: `${t(`cleaning:methods.${m}`)} — ${t(`cleaning:methodHints.${m}`)}` }))}
        />
      </Form.Item>
      <Form.Item name="thresholdUnit" label={t('cleaning:standards.thresholdUnit')} extra={t('cleaning:standards.thresholdHelp')}>
        <Select
          options={[
            { value: NONE, label: t('cleaning:standards.noThreshold') },
            ...THRESHOLD_UNITS.map((u) => ({ value: u, label: t(`cleaning:units.${u}`) })),
          ]}
        />
      </Form.Item>
      {unit && unit !== NONE ? (
        <Form.Item
          name="thresholdMax"
          label={t('cleaning:standards.thresholdMax')}
          rules={[
            required,
            // refused in words, not clamped to the bounds behind the user's back
            ...numberRange(t, { min: 0, max: 100_000 }),
          ]}
        >
          <InputNumber precision={0} addonAfter={t(`cleaning:units.${unit}`)} />
        </Form.Item>
      ) : null}
      {editing ? (
        <Form.Item
          name="note"
          label={t('cleaning:standards.reason')}
          rules={[required, { whitespace: true, message: t('validation:required') }]}
          extra={t('cleaning:standards.reasonHelp')}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
