import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DetailField, DetailStep } from './order-model';
import type { FieldLookup } from './use-terminal-lookup';

/** The detail values a form sends: empty texts are sent as '' so the server clears them, booleans as they are. */
export type DetailValues = Record<string, string | boolean | undefined>;

/** Trimmed values of the fields open at `step`; on intake an empty one is left out. */
export function detailsToSend(fields: readonly DetailField[], step: DetailStep, values: DetailValues | undefined) {
  const out: Record<string, string | boolean> = {};
  for (const f of fields.filter((x) => x.editAt.includes(step))) {
    // a field shown only while its box is ticked (a swap's numbers) is cleared when the box is not
    if (f.shownWhen && values?.[f.shownWhen] !== true) {
      if (step !== 'create') out[f.key] = '';
      continue;
    }
    const v = values?.[f.key];
    if (typeof v === 'boolean') out[f.key] = v;
    else if (v?.trim()) out[f.key] = v.trim();
    else if (step !== 'create' && v !== undefined) out[f.key] = '';
  }
  return out;
}

/**
 * The fields an order type declares for one step (intake, finish…; a field `shownWhen` another only while that box is ticked), rendered from the type's field list
 * (GET /api/order-types): labels `orders:details.<type>.<key>`, help `<key>Help`, choices `<key>Options.<choice>`.
 * Values go under `details.<key>`, where the server's field errors (`details.cause`) land too. A field with a look-up
 * (a repair's terminal number) looks it up on leaving the field and may warn.
 */
export function DetailFields({
  type,
  fields,
  step,
  lookups,
}: {
  type: string;
  fields: readonly DetailField[];
  step: DetailStep;
  lookups?: Record<string, FieldLookup> | undefined;
}) {
  const { t, i18n } = useTranslation();
  const text = (key: string) => t(`orders:details.${type}.${key}`);
  const help = (key: string) => (i18n.exists(`orders:details.${type}.${key}Help`) ? text(`${key}Help`) : undefined);
  const values = (Form.useWatch('details', Form.useFormInstance()) ?? {}) as DetailValues;
  return (
    <>
      {fields
        .filter((f) => f.editAt.includes(step) && (!f.shownWhen || values[f.shownWhen] === true))
        .map((f) => {
          const lookup = lookups?.[f.key];
          const rules = [
            ...(f.requiredAt === step ? [{ required: true, whitespace: true, message: t('validation:required') }] : []),
            ...(lookup ? [lookup.rule] : []),
          ];
          const name = ['details', f.key];
          // a box has no rule of its own; one that passes lets ticking it clear the server's mark (an unticked checklist item)
          if (f.kind === 'boolean')
            return (
              <Form.Item key={f.key} name={name} valuePropName="checked" extra={help(f.key)} rules={[{ required: false }]}>
                <Checkbox>{text(f.key)}</Checkbox>
              </Form.Item>
            );
          return (
            <Form.Item key={f.key} name={name} label={text(f.key)} rules={rules} extra={help(f.key)}>
              {f.kind === 'select' ? (
                <Select
                  allowClear={f.requiredAt !== step}
                  options={(f.options ?? []).map((o) => ({ value: o, label: text(`${f.key}Options.${o}`) }))}
                />
              ) : f.kind === 'textarea' ? (
                <Input.TextArea rows={2} maxLength={f.maxLength} showCount />
              ) : (
                <Input maxLength={f.maxLength} autoComplete="off" onBlur={lookup?.onBlur} />
              )}
            </Form.Item>
          );
        })}
    </>
  );
}
