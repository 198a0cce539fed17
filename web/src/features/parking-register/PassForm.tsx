import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { FormModal } from '../../app/ui/FormModal';
import { formatFen } from '../../app/ui/money';
import { useServerToday } from '../../app/ui/server-time';
import { useDebounced } from '../../app/ui/use-debounced';
import { CarParkSelect } from './CarParkSelect';
import { carParksQuery, type PassQuoteQuery, passQuoteQuery, spacesQuery, useRefresh, vehiclesQuery } from './parking-queries';

interface Values {
  carParkId: string;
  vehicleId: string;
  placeKind: 'space' | 'zone';
  spaceId?: string;
  zone?: string;
  fromMonth: string;
  toMonth: string;
}

/** `n` months on from `month` (YYYY-MM). */
const plusMonths = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const k = y * 12 + (m - 1) + n;
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
};
const monthOptions = (from: string, count: number) => Array.from({ length: count }, (_, i) => ({ value: plusMonths(from, i) }));

/**
 * 办理月卡: a car park, one of its estate's vehicles (with a unit: the pass is billed to it), a space of the car park
 * or a zone, and the months; the price is quoted from the car park's approved standard before it is saved.
 */
export function PassFormModal({ estateId, carParkId, onClose }: { estateId?: string; carParkId?: string; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const refresh = useRefresh();
  const current = useServerToday().slice(0, 7);
  const v = Form.useWatch([], form) as Partial<Values> | undefined;
  const parks = useQuery(carParksQuery({ pageSize: 100, active: 'true', ...(estateId ? { estateId } : {}) }));
  const park = parks.data?.items.find((c) => c.id === v?.carParkId);
  const [plateQ, setPlateQ] = useState('');
  const q = useDebounced(plateQ.trim());
  const vehicles = useQuery({
    ...vehiclesQuery({ page: 1, pageSize: 20, active: 'true', ...(park ? { estateId: park.estateId } : {}), ...(q ? { q } : {}) }),
    enabled: Boolean(park),
  });
  const spaces = useQuery({
    ...spacesQuery({ page: 1, pageSize: 100, active: 'true', carParkId: v?.carParkId ?? '' }),
    enabled: Boolean(park),
  });
  const required = { required: true, message: t('validation:required') };
  const placeKind = v?.placeKind ?? 'space';
  const from = v?.fromMonth ?? current;

  const quoteQuery: PassQuoteQuery | null =
    v?.carParkId && v.vehicleId && v.fromMonth && v.toMonth && (placeKind === 'space' ? v.spaceId : v.zone?.trim())
      ? {
          carParkId: v.carParkId,
          vehicleId: v.vehicleId,
          fromMonth: v.fromMonth,
          toMonth: v.toMonth,
          ...(placeKind === 'space' ? { spaceId: v.spaceId! } : { zone: v.zone!.trim() }),
        }
      : null;
  const quote = useQuery(passQuoteQuery(quoteQuery));

  return (
    <FormModal
      open
      title={t('parking:passes.new')}
      form={form}
      initialValues={{ carParkId, placeKind: 'space', fromMonth: current, toMonth: plusMonths(current, 2) }}
      onClose={onClose}
      onSubmit={async (values) => {
        await unwrap(
          api.POST('/api/parking/passes', {
            body: {
              carParkId: values.carParkId,
              vehicleId: values.vehicleId,
              spaceId: values.placeKind === 'space' ? (values.spaceId ?? null) : null,
              zone: values.placeKind === 'zone' ? (values.zone ?? '') : '',
              fromMonth: values.fromMonth,
              toMonth: values.toMonth,
            },
          }),
        );
        await refresh();
      }}
    >
      <Form.Item name="carParkId" label={t('parking:fields.carPark')} rules={[required]}>
        <CarParkSelect
          id="carParkId"
          label={t('parking:fields.carPark')}
          estateId={estateId}
          onChange={() => form.setFieldsValue({ vehicleId: undefined, spaceId: undefined })}
        />
      </Form.Item>
      <Form.Item name="vehicleId" label={t('parking:passes.fields.vehicle')} extra={t('parking:passes.vehicleHelp')} rules={[required]}>
        <Select
          showSearch
          filterOption={false}
          disabled={!park}
          onSearch={setPlateQ}
          loading={vehicles.isFetching}
          options={(vehicles.data?.items ?? []).map((x) => ({
            value: x.id,
            label: `${x.plate} · ${x.holderName}${x.unitAddress ? ` · ${x.unitAddress}` : ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="placeKind" label={t('parking:passes.fields.placeKind')}>
        <Radio.Group options={(['space', 'zone'] as const).map((k) => ({ value: k, label: t(`parking:passes.placeKinds.${k}`) }))} />
      </Form.Item>
      {placeKind === 'space' ? (
        <Form.Item name="spaceId" label={t('parking:passes.fields.space')} extra={t('parking:passes.spaceHelp')} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            disabled={!park}
            loading={spaces.isFetching}
            options={(spaces.data?.items ?? []).map((s) => ({
              value: s.id,
              label: `${s.number} · ${t(`parking:ownership.${s.ownership}`)}${s.unitAddress ? ` · ${s.unitAddress}` : ''}`,
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="zone"
          label={t('parking:passes.fields.zone')}
          extra={t('parking:passes.zoneHelp')}
          rules={[{ ...required, max: 40 }]}
        >
          <Input />
        </Form.Item>
      )}
      <Form.Item name="fromMonth" label={t('parking:passes.fields.fromMonth')} rules={[required]}>
        <Select
          options={monthOptions(current, 12)}
          onChange={(f: string) => {
            const to = form.getFieldValue('toMonth') as string | undefined;
            if (!to || to < f || to > plusMonths(f, 11)) form.setFieldsValue({ toMonth: plusMonths(f, 2) });
          }}
        />
      </Form.Item>
      <Form.Item name="toMonth" label={t('parking:passes.fields.toMonth')} extra={t('parking:passes.monthsHelp')} rules={[required]}>
        <Select options={monthOptions(from, 12)} />
      </Form.Item>
      <div aria-live="polite">
        {!quoteQuery ? (
          <p className="muted">{t('parking:passes.quoteHint')}</p>
        ) : quote.isError ? (
          <Alert type="warning" showIcon message={errorText(t, quote.error)} />
        ) : quote.data ? (
          <Alert
            type="info"
            showIcon
            message={t('parking:passes.quote', {
              effective: quote.data.standardEffectiveMonth,
              kind: t(`parking:ownership.${quote.data.ownership}`),
              price: formatFen(quote.data.monthlyFen),
              count: quote.data.months.length,
              total: formatFen(quote.data.totalFen),
            })}
          />
        ) : null}
      </div>
    </FormModal>
  );
}
