import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { useAbility, useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { DateTimeInput } from '../../app/ui/DateTimeInput';
import { applyServerErrors } from '../../app/ui/form-errors';
import { PageHeader } from '../../app/ui/PageHeader';
import { useToast } from '../../app/ui/toast';
import { zodRule } from '../../app/ui/zod-rule';
import { type PickedUnit, residentOf, UnitPicker } from '../estates/UnitPicker';
import { DetailFields, type DetailValues, detailsToSend } from './DetailFields';
import { type IntakeLine, IntakeLines } from './IntakeLines';
import { placeListErrors } from './list-errors';
import { milliToQuantity, quantityToMilli } from './money';
import { orderFieldSchema } from './order.schemas';
import { INTAKE_CHANNELS, type IntakeChannel, ORDER_TYPES, type OrderType } from './order-model';
import { orderTypesQuery, useOrderChanged } from './order-queries';
import { PhotoPicker } from './PhotoPicker';
import { useTerminalLookup } from './use-terminal-lookup';
import './orders.css';
import { partyContext } from './party';

interface Values {
  type: OrderType;
  officeId: string;
  channel: IntakeChannel;
  customerName: string;
  customerPhone?: string;
  address?: string;
  unitId?: string | null;
  description?: string;
  /** Instants (ISO), typed as the organisation's wall-clock time. */
  appointmentStart?: string | null;
  appointmentEnd?: string | null;
  lines: IntakeLine[];
  photos?: string[];
  details?: DetailValues;
}

/** The kinds of node that take orders of a type, as the server says (offices and stations, the GPS department its own). */
const OFFICES: readonly string[] = ['office', 'station'];

/** Takes a request by phone, at the desk, on the web or the hotline (A7.4.1); the order page quotes it next. */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const me = useMe();
  const scope = useOrgScope();
  const changed = useOrderChanged();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const readsRegister = useAbility('estates');
  const type = (Form.useWatch('type', form) ?? 'housekeeping') as OrderType;
  const officeId = Form.useWatch('officeId', form);
  // the type's own fields (a repair's location and fault), where it is taken and how it is priced, as the server declares them
  const typeDef = useQuery(orderTypesQuery()).data?.find((x) => x.code === type);
  const fields = typeDef?.fields ?? [];
  // priced on site (GPS): no items are asked for, the parts used are recorded at the work
  const pricedOnSite = typeDef?.pricedAt === 'site';
  const takenAt: readonly string[] = typeDef?.takenAt ?? OFFICES;
  const takesOrders = (o: Org) => o.active && takenAt.includes(o.kind);
  const s = orderFieldSchema.shape;
  // a repair's terminal number fills what the register knows of it (A4.4.2)
  const lookups = useTerminalLookup(
    form,
    fields.some((f) => f.key === 'terminalSerial' && f.editAt.includes('create')),
  );
  // The working office, else the first office where the user holds a role (for a GPS type: the GPS department).
  const defaultOffice =
    (scope.org && takesOrders(scope.org) ? scope.org.id : undefined) ??
    me.grants.map((g) => scope.orgs.byId.get(g.orgId)).find((o): o is Org => Boolean(o && takesOrders(o)))?.id;

  // The offices load after the form: fill the office in once it is known, unless one that takes the type was chosen.
  useEffect(() => {
    const chosen = scope.orgs.byId.get(form.getFieldValue('officeId'));
    if (chosen && takenAt.includes(chosen.kind)) return;
    form.setFieldValue('officeId', defaultOffice);
  }, [defaultOffice, form, scope.orgs, takenAt]);

  // A unit picked from the register gives the place, and the customer where none is typed yet.
  const pickUnit = (u: PickedUnit | null) => {
    if (!u) return;
    const who = residentOf(u);
    const empty = (name: 'customerName' | 'customerPhone') => !form.getFieldValue(name)?.trim();
    const fill: Partial<Values> = { address: u.address };
    if (who && empty('customerName')) fill.customerName = who.name;
    if (who?.phone && empty('customerPhone')) fill.customerPhone = who.phone;
    form.setFieldsValue(fill);
    // clears an error shown on a field just filled
    form.validateFields(Object.keys(fill) as (keyof Values)[]).catch(() => undefined);
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        api.POST('/api/orders', {
          body: {
            type: v.type,
            officeId: v.officeId,
            channel: v.channel,
            customerName: v.customerName.trim(),
            customerPhone: v.customerPhone?.trim() || null,
            address: v.address?.trim() || null,
            unitId: v.unitId ?? null,
            description: v.description?.trim() || null,
            appointmentStart: v.appointmentStart ?? null,
            appointmentEnd: v.appointmentEnd ?? null,
            lines: pricedOnSite
              ? []
              : (v.lines ?? []).map((l) => ({ itemId: l.itemId ?? '', quantity: milliToQuantity(quantityToMilli(l.quantity) ?? 0) })),
            ...(v.photos?.length ? { photos: v.photos } : {}),
            ...(fields.length ? { details: detailsToSend(fields, 'create', v.details) } : {}),
          },
        }),
      );
      changed(created);
      toast.success(t('orders:intake.done', { number: created.number }));
      navigate(`/orders/${created.id}`);
    } catch (e) {
      placeListErrors(form, e, t);
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('orders:intake.title')} subtitle={t(pricedOnSite ? 'orders:intake.subtitleSite' : 'orders:intake.subtitle')} />
      <Form<Values>
        form={form}
        layout="vertical"
        className="panel intake-form"
        requiredMark
        scrollToFirstError
        initialValues={{ type: 'housekeeping', channel: 'phone', officeId: defaultOffice, lines: [{ quantity: '1' }], photos: [] }}
        onFinish={submit}
        onValuesChange={(changedValues: Partial<Values>) => {
          // Items and details belong to one order type: a new type starts them again.
          if (changedValues.type) {
            form.setFieldValue('lines', [{ quantity: '1' }]);
            form.setFieldValue('details', {});
          }
        }}
      >
        <Form.Item name="type" label={t('orders:fields.type')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={ORDER_TYPES.map((ty) => ({ value: ty, label: t(`orders:types.${ty}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="officeId"
          label={t(pricedOnSite ? 'orders:fields.officeSite' : 'orders:fields.office')}
          rules={[{ required: true, message: t('validation:required') }]}
        >
          <OrgTreeSelect key={takenAt.join()} selectable={takesOrders} />
        </Form.Item>
        <Form.Item name="channel" label={t('orders:fields.channel')}>
          <Radio.Group optionType="button" options={INTAKE_CHANNELS.map((c) => ({ value: c, label: t(`orders:channels.${c}`) }))} />
        </Form.Item>
        {readsRegister ? (
          <Form.Item name="unitId" label={t('estates:picker.label')} extra={t('estates:picker.help')}>
            <UnitPicker onPick={pickUnit} />
          </Form.Item>
        ) : null}
        <div className="intake-two">
          <Form.Item
            name="customerName"
            label={t('orders:fields.customerName', partyContext(typeDef))}
            rules={[zodRule(s.customerName, t)]}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item name="customerPhone" label={t('orders:fields.customerPhone')} rules={[zodRule(s.optionalPhone, t)]}>
            <Input inputMode="tel" maxLength={20} autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item
          name="address"
          label={t('orders:fields.address')}
          rules={[zodRule(s.optionalAddress, t)]}
          extra={t(pricedOnSite ? 'orders:intake.addressHelpSite' : 'orders:intake.addressHelp')}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <div className="intake-two">
          <Form.Item
            name="appointmentStart"
            label={t('orders:fields.appointment')}
            extra={t(pricedOnSite ? 'orders:intake.appointmentHelpSite' : 'orders:intake.appointmentHelp')}
          >
            <DateTimeInput className="full-width" />
          </Form.Item>
          <Form.Item name="appointmentEnd" label={t('orders:fields.appointmentEnd')}>
            <DateTimeInput className="full-width" />
          </Form.Item>
        </div>
        {fields.length ? (
          <fieldset className="plain-fieldset intake-section">
            <legend className="card-heading">{t(`orders:details.title`)}</legend>
            <DetailFields type={type} fields={fields} step="create" lookups={lookups} />
          </fieldset>
        ) : null}
        {pricedOnSite ? (
          <Alert type="info" showIcon className="form-alert" title={t('orders:intake.pricedOnSite')} />
        ) : (
          <IntakeLines type={type} officeId={officeId} />
        )}
        <Form.Item name="description" label={t('orders:fields.description')} rules={[zodRule(s.description, t)]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <Form.Item name="photos" label={t('orders:fields.photos')} extra={t('orders:intake.photosHelp')}>
          <PhotoPicker />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        <div className="form-buttons">
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('orders:intake.submit')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common:actions.cancel')}</Button>
        </div>
      </Form>
    </>
  );
}
