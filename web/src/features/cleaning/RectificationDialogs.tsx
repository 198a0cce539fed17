import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { PhotoPicker } from '../orders/PhotoPicker';
import { CHECK_VALUE_MAX, verdictOf } from './inspection-draft';
import { useThresholdText } from './MethodTag';
import { type Rectification, useCleaningChanged } from './work-queries';

interface FixValues {
  photo: string[];
  note?: string;
}

/** 整改完成: the cleaner's after-photo (required) and what was done. */
export function FixDialog({ rectification, onClose }: { rectification: Rectification; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FixValues>();
  const changed = useCleaningChanged();
  return (
    <FormModal<FixValues>
      open
      form={form}
      title={t('cleaningWork:fix.title')}
      okText={t('cleaningWork:fix.ok')}
      onClose={onClose}
      onSubmit={async (v) => {
        const note = v.note?.trim();
        await unwrap(
          api.POST('/api/cleaning/rectifications/{id}/fix', {
            params: { path: { id: rectification.id } },
            body: { version: rectification.version, photo: v.photo[0] ?? '', ...(note ? { note } : {}) },
          }),
        );
        await changed();
      }}
    >
      <p>{rectification.standard.criterion}</p>
      <Form.Item
        name="photo"
        label={t('cleaningWork:fix.photo')}
        rules={[{ required: true, type: 'array', min: 1, message: t('cleaningWork:fix.photoRequired') }]}
      >
        <PhotoPicker max={1} />
      </Form.Item>
      <Form.Item name="note" label={t('cleaningWork:fix.note')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

interface RecheckValues {
  passed?: boolean;
  value?: number | null;
  note?: string;
  photo?: string[];
}

/** 复查: passed ends the rectification; failed (with what was found and a photo) opens the next round. */
export function RecheckDialog({ rectification, onClose }: { rectification: Rectification; onClose(): void }) {
  const { t } = useTranslation();
  const thresholdText = useThresholdText();
  const [form] = Form.useForm<RecheckValues>();
  const changed = useCleaningChanged();
  const check = rectification.standard;
  const numeric = check.thresholdMax !== null;
  const passed = Form.useWatch('passed', form);
  const value = Form.useWatch('value', form);
  const verdict = numeric
    ? verdictOf(check, { value: value ?? undefined, photos: [] })
    : passed === undefined
      ? null
      : passed
        ? 'pass'
        : 'fail';
  const failed = verdict === 'fail';
  const required = { required: true, message: t('validation:required') };
  return (
    <FormModal<RecheckValues>
      open
      form={form}
      title={t('cleaningWork:recheck.title')}
      okText={t('cleaningWork:recheck.ok')}
      onClose={onClose}
      onSubmit={async (v) => {
        const note = v.note?.trim();
        const photo = v.photo?.[0];
        await unwrap(
          api.POST('/api/cleaning/rectifications/{id}/recheck', {
            params: { path: { id: rectification.id } },
            body: {
              version: rectification.version,
              passed: !failed,
              ...(numeric && typeof v.value === 'number' ? { value: v.value } : {}),
              ...(failed && note ? { note } : {}),
              ...(failed && photo ? { photo } : {}),
            },
          }),
        );
        await changed();
      }}
    >
      <p>{check.criterion}</p>
      {numeric ? (
        <Form.Item
          name="value"
          label={t('cleaningWork:recheck.value')}
          // refused in words, not clamped: -1 would silently become 0, a pass
          rules={[required, ...numberRange(t, { min: 0, max: CHECK_VALUE_MAX })]}
          extra={`${thresholdText(check) ?? ''}${verdict ? ` · ${t(`cleaningWork:verdict.${verdict}`)}` : ''}`}
        >
          <InputNumber precision={0} inputMode="numeric" className="check-value" />
        </Form.Item>
      ) : (
        <Form.Item name="passed" label={t('cleaningWork:recheck.verdict')} rules={[required]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: t('cleaningWork:verdict.pass') },
              { value: false, label: t('cleaningWork:verdict.fail') },
            ]}
          />
        </Form.Item>
      )}
      {failed ? (
        <>
          <Form.Item name="note" label={t('cleaningWork:recheck.note')} rules={[{ ...required, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
          <Form.Item
            name="photo"
            label={t('cleaningWork:recheck.photo')}
            rules={[{ required: true, type: 'array', min: 1, message: t('cleaningWork:fix.photoRequired') }]}
          >
            <PhotoPicker max={1} />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
