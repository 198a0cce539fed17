import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import { useServerToday } from '../../app/ui/server-time';
import { isoToWall } from '../../app/ui/wall-time';
import { LEDGER_NUMBER, type LedgerField, type LedgerKind, type LedgerPlace, peopleQuery, useLedgersChanged } from './ledger-queries';
import { useLedgerWords } from './use-ledger-words';

type Raw = string | number | Dayjs | null | undefined;
interface Values {
  orgId: string;
  occurredOn: Dayjs;
  values?: Record<string, Raw>;
}

/**
 * A value as the server takes it: a day as YYYY-MM-DD, a time as the organisation's wall-clock YYYY-MM-DDTHH:mm (the
 * time field holds an instant), empty as null.
 */
function wire(f: LedgerField, v: Raw, timeZone: string): string | number | null {
  if (v === undefined || v === null || v === '') return null;
  if (f.type === 'datetime' && typeof v === 'string') return isoToWall(v, timeZone).format('YYYY-MM-DDTHH:mm');
  if (dayjs.isDayjs(v)) return v.format('YYYY-MM-DD');
  return typeof v === 'string' ? v.trim() || null : v;
}

/**
 * 新增记录 (A1.4): the form of any ledger, rendered from its kind's fields — one field under another, so it is filled on
 * a phone at the door as well as at the desk. The server checks every value and puts each refusal under its field.
 */
export function EntryFormDialog({
  kind,
  places,
  orgId,
  onClose,
  onSaved,
}: {
  kind: LedgerKind;
  places: LedgerPlace[];
  orgId: string;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const words = useLedgerWords();
  const [form] = Form.useForm<Values>();
  const changed = useLedgersChanged();
  const today = dayjs(useServerToday());
  const timeZone = useMe().tenant.timeZone;
  const chosenOrg = Form.useWatch('orgId', form) ?? orgId;
  const hasPerson = kind.fields.some((f) => f.type === 'person');
  const people = useQuery({ ...peopleQuery(chosenOrg), enabled: hasPerson && Boolean(chosenOrg) });
  const writable = places.filter((p) => p.mayWrite && kind.placeIds.includes(p.id));
  const rules = (f: LedgerField) => [
    ...(f.required ? [{ required: true, message: t('validation:required') }] : []),
    ...(f.type === 'number' ? numberRange(t, LEDGER_NUMBER) : []),
  ];

  const control = (f: LedgerField) => {
    switch (f.type) {
      case 'longtext':
        return <Input.TextArea rows={3} maxLength={4000} />;
      case 'date':
        return <DatePicker className="ledger-wide" />;
      case 'datetime':
        return <DateTimeInput className="ledger-wide" />;
      case 'number':
        return <InputNumber className="ledger-wide" />;
      case 'select':
        return <Select allowClear options={f.options.map((o) => ({ value: o, label: words.optionLabel(kind, f, o) }))} />;
      case 'person':
        return (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={people.isFetching}
            options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        );
      case 'phone':
        return <Input inputMode="tel" autoComplete="off" maxLength={20} />;
      default:
        return <Input autoComplete="off" maxLength={200} />;
    }
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('ledgers:form.title', { kind: words.kindName(kind) })}
      okText={t('ledgers:form.submit')}
      initialValues={{ orgId, occurredOn: today }}
      onClose={onClose}
      onSubmit={async (v) => {
        const values = Object.fromEntries(kind.fields.map((f) => [f.key, wire(f, v.values?.[f.key], timeZone)]));
        await unwrap(
          api.POST('/api/ledgers/entries', {
            body: { kindId: kind.id, orgId: v.orgId, occurredOn: v.occurredOn.format('YYYY-MM-DD'), values },
          }),
        );
        await changed();
        onSaved();
      }}
    >
      <Form.Item name="orgId" label={t('ledgers:form.station')} rules={[{ required: true, message: t('validation:required') }]}>
        <Select options={writable.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('ledgers:form.occurredOn')} rules={[{ required: true, message: t('validation:required') }]}>
        <DatePicker className="ledger-wide" disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      {kind.fields.map((f) => (
        <Form.Item key={f.key} name={['values', f.key]} label={words.fieldLabel(kind, f)} rules={rules(f)}>
          {control(f)}
        </Form.Item>
      ))}
    </FormModal>
  );
}
