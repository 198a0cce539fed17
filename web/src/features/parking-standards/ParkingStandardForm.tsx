import { Form, Input, InputNumber, Switch } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { fenToYuan, yuanToFen } from '../../app/ui/money';
import { type NumberBounds, numberRange } from '../../app/ui/number-range';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { nextMonth } from '../fee-standards/fee-standard-queries';
import { CarParkSelect } from '../parking-register/CarParkSelect';
import {
  OWNERSHIPS,
  type Ownership,
  type ParkingStandard,
  type PassPrice,
  type TemporaryRate,
  useRefreshParkingStandards,
} from './parking-standard-queries';

/** The form's values: field names follow the API's (`rate.night.from`), so the server's field errors land under them. Amounts are yuan text. */
interface Values {
  carParkId: string;
  effectiveMonth: string;
  rate: {
    freeMinutes: number;
    unitMinutes: number;
    unitFen: string;
    night?: { from: string; to: string; unitFen: string };
    dailyCapFen?: string;
    stayCapFen?: string;
  };
  nightOn: boolean;
  pass: Partial<Record<Ownership, string>>;
  note?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const blank = (v: string | undefined) => (v ?? '').trim() === '';
const fenOrNull = (v: string | undefined) => (blank(v) ? null : yuanToFen(v ?? ''));
const yuanOf = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : fenToYuan(fen));

/** Drafts a parking standard (car park, month, temporary rate, night window, caps, pass prices, note), or changes a draft or returned one. */
export function ParkingStandardForm({
  open,
  standard,
  onClose,
  onSaved,
}: {
  open: boolean;
  standard?: ParkingStandard;
  onClose(): void;
  onSaved?(s: ParkingStandard): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshParkingStandards();
  const today = useServerToday();
  const [form] = Form.useForm<Values>();
  const nightOn = Form.useWatch('nightOn', form) ?? Boolean(standard?.rate.night);

  const amount = (required: boolean): Rule[] => [
    {
      validator: async (_, v: string | undefined) => {
        if (blank(v)) return required ? Promise.reject(new Error(t('parkingStandards:form.required'))) : undefined;
        return yuanToFen(v ?? '') === null ? Promise.reject(new Error(t('parkingStandards:form.amountInvalid'))) : undefined;
      },
    },
  ];
  // the price rule's ranges (parking-charge.rules.ts, validateRate), said under the field instead of clamping to them
  const minutes = (bounds: NumberBounds): Rule[] => [
    { required: true, type: 'integer', message: t('parkingStandards:form.minutesInvalid') },
    ...numberRange(t, bounds),
  ];
  const clock: Rule[] = [{ required: true, pattern: CLOCK, message: t('parkingStandards:form.clockInvalid') }];

  const r = standard?.rate;
  const initial: Partial<Values> = standard
    ? {
        effectiveMonth: standard.effectiveMonth,
        note: standard.note,
        nightOn: Boolean(r?.night),
        rate: {
          freeMinutes: r!.freeMinutes,
          unitMinutes: r!.unitMinutes,
          unitFen: yuanOf(r!.unitFen),
          ...(r!.night ? { night: { from: r!.night.from, to: r!.night.to, unitFen: yuanOf(r!.night.unitFen) } } : {}),
          dailyCapFen: yuanOf(r!.dailyCapFen),
          stayCapFen: yuanOf(r!.stayCapFen),
        },
        pass: Object.fromEntries(standard.passPrices.map((p) => [p.ownership, yuanOf(p.monthlyFen)])),
      }
    : {
        effectiveMonth: nextMonth(today),
        nightOn: false,
        rate: { freeMinutes: 15, unitMinutes: 60, unitFen: '' },
        pass: {},
      };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={
        standard
          ? t('parkingStandards:form.editTitle', { estate: standard.estateName, carPark: standard.carParkName })
          : t('parkingStandards:form.newTitle')
      }
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const night = v.nightOn && v.rate.night ? v.rate.night : null;
        const rate: TemporaryRate = {
          freeMinutes: v.rate.freeMinutes,
          unitMinutes: v.rate.unitMinutes,
          unitFen: yuanToFen(v.rate.unitFen) ?? 0,
          night: night ? { from: night.from.trim(), to: night.to.trim(), unitFen: yuanToFen(night.unitFen) ?? 0 } : null,
          dailyCapFen: fenOrNull(v.rate.dailyCapFen),
          stayCapFen: fenOrNull(v.rate.stayCapFen),
        };
        const passPrices: PassPrice[] = OWNERSHIPS.flatMap((o) => {
          const fen = fenOrNull(v.pass?.[o]);
          return fen === null ? [] : [{ ownership: o, monthlyFen: fen }];
        });
        const fields = { effectiveMonth: v.effectiveMonth.trim(), rate, passPrices, note: v.note?.trim() ?? '' };
        const saved = standard
          ? await unwrap(
              api.PUT('/api/parking/standards/{id}', {
                params: { path: { id: standard.id } },
                body: { ...fields, version: standard.version },
              }),
            )
          : await unwrap(api.POST('/api/parking/standards', { body: { ...fields, carParkId: v.carParkId } }));
        await refresh(saved.id);
        toast.success(t('parkingStandards:form.saved'));
        onSaved?.(saved);
      }}
    >
      {standard ? null : (
        <Form.Item
          name="carParkId"
          label={t('parkingStandards:fields.carPark')}
          rules={[{ required: true, message: t('parkingStandards:form.pickCarPark') }]}
        >
          <CarParkSelect id="carParkId" label={t('parkingStandards:form.pickCarPark')} />
        </Form.Item>
      )}
      <Form.Item
        name="effectiveMonth"
        label={t('parkingStandards:fields.effectiveMonth')}
        extra={t('parkingStandards:form.monthHelp')}
        rules={[{ required: true, pattern: MONTH, message: t('parkingStandards:form.monthInvalid') }]}
      >
        <Input placeholder="YYYY-MM" maxLength={7} />
      </Form.Item>
      <fieldset className="parking-form-group">
        <legend>{t('parkingStandards:fields.temporary')}</legend>
        <div className="parking-form-row">
          <Form.Item
            name={['rate', 'freeMinutes']}
            label={t('parkingStandards:fields.freeMinutes')}
            extra={t('parkingStandards:form.freeHelp')}
            rules={minutes({ min: 0, max: 1440 })}
          >
            <InputNumber precision={0} />
          </Form.Item>
          <Form.Item
            name={['rate', 'unitMinutes']}
            label={t('parkingStandards:fields.unitMinutes')}
            extra={t('parkingStandards:form.unitHelp')}
            rules={minutes({ min: 1, max: 1440 })}
          >
            <InputNumber precision={0} />
          </Form.Item>
          <Form.Item name={['rate', 'unitFen']} label={t('parkingStandards:fields.unitYuan')} rules={amount(true)} required>
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
        </div>
        <Form.Item
          name="nightOn"
          label={t('parkingStandards:form.nightOn')}
          valuePropName="checked"
          extra={t('parkingStandards:form.nightHelp')}
        >
          <Switch />
        </Form.Item>
        {nightOn ? (
          <div className="parking-form-row">
            <Form.Item name={['rate', 'night', 'from']} label={t('parkingStandards:fields.nightFrom')} rules={clock} initialValue="22:00">
              <Input placeholder="22:00" maxLength={5} />
            </Form.Item>
            <Form.Item name={['rate', 'night', 'to']} label={t('parkingStandards:fields.nightTo')} rules={clock} initialValue="07:00">
              <Input placeholder="07:00" maxLength={5} />
            </Form.Item>
            <Form.Item name={['rate', 'night', 'unitFen']} label={t('parkingStandards:fields.nightUnitYuan')} rules={amount(true)} required>
              <Input prefix="¥" inputMode="decimal" />
            </Form.Item>
          </div>
        ) : null}
        <div className="parking-form-row">
          <Form.Item
            name={['rate', 'dailyCapFen']}
            label={t('parkingStandards:fields.dailyCap')}
            extra={t('parkingStandards:form.capHelp')}
            rules={amount(false)}
          >
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
          <Form.Item name={['rate', 'stayCapFen']} label={t('parkingStandards:fields.stayCap')} rules={amount(false)}>
            <Input prefix="¥" inputMode="decimal" />
          </Form.Item>
        </div>
      </fieldset>
      <fieldset className="parking-form-group">
        <legend>{t('parkingStandards:fields.passPrices')}</legend>
        <p className="muted">{t('parkingStandards:form.passHelp')}</p>
        <div className="parking-form-row">
          {OWNERSHIPS.map((o) => (
            <Form.Item key={o} name={['pass', o]} label={t(`parkingStandards:ownership.${o}`)} rules={amount(false)}>
              <Input prefix="¥" suffix={t('parkingStandards:form.perMonth')} inputMode="decimal" />
            </Form.Item>
          ))}
        </div>
      </fieldset>
      <Form.Item name="note" label={t('parkingStandards:fields.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
