import { Alert, Input, InputNumber, Radio, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeText } from '../../app/ui/error-text';
import { PhotoPicker } from '../orders/PhotoPicker';
import { type CheckEntry, verdictOf } from './inspection-draft';
import { MethodTag, useThresholdText } from './MethodTag';
import type { Check } from './work-queries';

/** A failure is kept with up to this many photos (the server takes four). */
const MAX_CHECK_PHOTOS = 3;

interface Props {
  check: Check;
  index: number;
  entry: CheckEntry | undefined;
  errors: string[];
  onChange(entry: CheckEntry): void;
}

/**
 * One check of the checklist: the object, its criterion and method; 合格/不合格, or the value counted with the
 * threshold and a verdict that changes as it is typed; a failure asks for a photo and what was found.
 */
export function CheckCard({ check, index, entry, errors, onChange }: Props) {
  const { t } = useTranslation();
  const thresholdText = useThresholdText();
  const e = entry ?? { photos: [] };
  const verdict = verdictOf(check, e);
  const set = (patch: Partial<CheckEntry>) => onChange({ ...e, ...patch });
  const headingId = `check-${check.id}`;
  const limit = thresholdText(check);
  // a count below 0 (or not whole) is said to be wrong as it is typed, never turned into 0 (a pass) behind the inspector
  const invalid = check.thresholdMax !== null && e.value !== undefined && verdict === null;

  return (
    <li
      className={`check-card${verdict === 'fail' ? ' check-card-fail' : ''}${errors.length ? ' check-card-error' : ''}`}
      aria-labelledby={headingId}
      data-check={check.checkKey}
    >
      <div className="check-card-head">
        <h3 id={headingId} className="check-object">
          {index + 1}. {check.object}
        </h3>
        <MethodTag method={check.method} />
      </div>
      <p className="check-criterion">{check.criterion}</p>
      <div className="check-answer">
        {check.thresholdMax !== null ? (
          <>
            <InputNumber
              className="check-value"
              aria-label={t('cleaningWork:walk.value', { object: check.object, limit })}
              precision={0}
              inputMode="numeric"
              status={invalid ? 'error' : undefined}
              value={e.value ?? null}
              onChange={(v) => set({ value: typeof v === 'number' ? v : undefined })}
            />
            <span className="muted">{limit}</span>
            {invalid ? (
              <span className="check-value-invalid" role="alert">
                {codeText(t, 'cleaning.value_invalid')}
              </span>
            ) : null}
          </>
        ) : (
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            aria-label={t('cleaningWork:walk.judge', { object: check.object })}
            value={e.passed}
            onChange={(ev) => set({ passed: ev.target.value as boolean })}
            options={[
              { value: true, label: t('cleaningWork:verdict.pass') },
              { value: false, label: t('cleaningWork:verdict.fail') },
            ]}
          />
        )}
        {verdict && check.thresholdMax !== null ? (
          <Tag className={`cleaning-tag cleaning-tag-${verdict}`} role="status">
            {t(`cleaningWork:verdict.${verdict}`)}
          </Tag>
        ) : null}
      </div>
      {verdict === 'fail' ? (
        <div className="check-failure">
          <PhotoPicker value={e.photos} max={MAX_CHECK_PHOTOS} onChange={(photos) => set({ photos })} />
          <Input.TextArea
            aria-label={t('cleaningWork:walk.note', { object: check.object })}
            placeholder={t('cleaningWork:walk.notePlaceholder')}
            rows={2}
            maxLength={500}
            value={e.note ?? ''}
            onChange={(ev) => set({ note: ev.target.value })}
          />
        </div>
      ) : null}
      {errors.length ? <Alert className="check-errors" type="error" showIcon title={errors.join(t('common:clauseSeparator'))} /> : null}
    </li>
  );
}
