import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Radio, Select, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { useAbility, useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { applyServerErrors } from '../../app/ui/form-errors';
import { fenToYuan, yuanToFen } from '../../app/ui/money';
import { numberRange } from '../../app/ui/number-range';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { type PickedUnit, residentOf, UnitPicker } from '../estates/UnitPicker';
import { milliText, milliToQuantity, quantityToMilli } from '../orders/money';
import { AgreementItems, type ItemValues } from './AgreementItems';
import { type Agreement, PAYMENT_TERMS, type PaymentTerms, WEEKDAYS } from './agreement-model';
import { agreementQuery, useAgreementChanged } from './agreement-queries';
import './agreements.css';

interface Values {
  officeId: string;
  ownerName: string;
  ownerPhone: string;
  address: string;
  unitId?: string | null;
  staffCount: number;
  items: ItemValues[];
  schedule: { weekdays: number[]; monthDays: number[]; windowStart: string; windowEnd: string };
  startDate: string;
  endDate: string;
  paymentTerms: PaymentTerms;
  notes?: string;
}

const takesOrders = (o: Org) => o.active && (o.kind === 'office' || o.kind === 'station');
const MONTH_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

const valuesOf = (a: Agreement): Values => ({
  officeId: a.officeId,
  ownerName: a.ownerName,
  ownerPhone: a.ownerPhone,
  address: a.address,
  unitId: a.unitId,
  staffCount: a.staffCount,
  items: a.items.map((i) => ({ itemId: i.itemId, quantity: milliText(i.quantityMilli), unitPriceFen: fenToYuan(i.unitPriceFen) })),
  schedule: a.schedule,
  startDate: a.startDate,
  endDate: a.endDate,
  paymentTerms: a.paymentTerms,
  notes: a.notes ?? '',
});

/** Draws up an agreement (A7.4.3), or changes a draft: owner, items from the posted list, schedule, dates, terms. */
export function AgreementFormPage() {
  const { id } = useParams();
  const existing = useQuery({ ...agreementQuery(id ?? ''), enabled: Boolean(id) });
  if (id && existing.isPending) return <Skeleton active />;
  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  return <AgreementForm agreement={id ? existing.data : undefined} />;
}

function AgreementForm({ agreement }: { agreement: Agreement | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const me = useMe();
  const scope = useOrgScope();
  const changed = useAgreementChanged();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const officeId = Form.useWatch('officeId', form);
  const readsRegister = useAbility('estates');
  // today in the organisation's zone by the server's clock: a new agreement usually starts now
  const today = useServerToday();
  const defaultOffice =
    (scope.org && takesOrders(scope.org) ? scope.org.id : undefined) ??
    me.grants.map((g) => scope.orgs.byId.get(g.orgId)).find((o): o is Org => Boolean(o && takesOrders(o)))?.id;

  useEffect(() => {
    if (!agreement && defaultOffice && !form.getFieldValue('officeId')) form.setFieldValue('officeId', defaultOffice);
  }, [agreement, defaultOffice, form]);

  // A unit picked from the register gives the place, and the owner where none is typed yet.
  const pickUnit = (u: PickedUnit | null) => {
    if (!u) return;
    const who = residentOf(u);
    const empty = (name: 'ownerName' | 'ownerPhone') => !form.getFieldValue(name)?.trim();
    const fill: Partial<Values> = { address: u.address };
    if (who && empty('ownerName')) fill.ownerName = who.name;
    if (who?.phone && empty('ownerPhone')) fill.ownerPhone = who.phone;
    form.setFieldsValue(fill);
    form.validateFields(Object.keys(fill) as (keyof Values)[]).catch(() => undefined);
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    const body = {
      ownerName: v.ownerName.trim(),
      ownerPhone: v.ownerPhone.trim(),
      address: v.address.trim(),
      // without the register the field is not shown: an edit keeps the agreement's unit
      ...(readsRegister ? { unitId: v.unitId ?? null } : {}),
      staffCount: v.staffCount,
      items: v.items.map((i) => ({
        itemId: i.itemId ?? '',
        quantity: milliToQuantity(quantityToMilli(i.quantity) ?? 0),
        unitPriceFen: yuanToFen(i.unitPriceFen) ?? 0,
      })),
      schedule: {
        weekdays: v.schedule.weekdays ?? [],
        monthDays: v.schedule.monthDays ?? [],
        windowStart: v.schedule.windowStart,
        windowEnd: v.schedule.windowEnd,
      },
      startDate: v.startDate,
      endDate: v.endDate,
      paymentTerms: v.paymentTerms,
      notes: v.notes?.trim() ? v.notes.trim() : null,
    };
    try {
      const saved = agreement
        ? await unwrap(
            api.PUT('/api/agreements/{id}', { params: { path: { id: agreement.id } }, body: { ...body, version: agreement.version } }),
          )
        : await unwrap(api.POST('/api/agreements', { body: { ...body, officeId: v.officeId } }));
      changed(saved);
      toast.success(t(agreement ? 'agreements:form.saved' : 'agreements:form.created', { number: saved.number }));
      navigate(`/agreements/${saved.id}`);
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  const initial: Partial<Values> = agreement
    ? valuesOf(agreement)
    : {
        staffCount: 1,
        items: [{ quantity: '1', unitPriceFen: '' }],
        schedule: { weekdays: [], monthDays: [], windowStart: '09:00', windowEnd: '11:00' },
        startDate: today,
        paymentTerms: 'per_visit',
      };
  const required = (key: string) => ({ required: true, whitespace: true, message: t(`agreements:form.required.${key}`) });

  return (
    <>
      <PageHeader
        title={agreement ? t('agreements:form.editTitle', { number: agreement.number }) : t('agreements:form.createTitle')}
        subtitle={t('agreements:form.subtitle')}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        className="agreement-form"
        initialValues={initial}
        onFinish={submit}
        requiredMark
        scrollToFirstError
      >
        <section className="agreement-form-section">
          <h2>{t('agreements:form.owner')}</h2>
          {agreement ? null : (
            <Form.Item
              name="officeId"
              label={t('agreements:fields.office')}
              rules={[{ required: true, message: t('agreements:form.required.office') }]}
            >
              <OrgTreeSelect selectable={takesOrders} />
            </Form.Item>
          )}
          {readsRegister ? (
            <Form.Item name="unitId" label={t('estates:picker.label')} extra={t('estates:picker.help')}>
              <UnitPicker onPick={pickUnit} />
            </Form.Item>
          ) : null}
          <div className="agreement-form-pair">
            <Form.Item name="ownerName" label={t('agreements:fields.ownerName')} rules={[required('ownerName'), { max: 50 }]}>
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="ownerPhone"
              label={t('agreements:fields.ownerPhone')}
              rules={[required('ownerPhone'), { pattern: /^[0-9+\- ]{3,20}$/, message: t('agreements:form.phoneInvalid') }]}
            >
              <Input inputMode="tel" maxLength={20} autoComplete="off" />
            </Form.Item>
          </div>
          <Form.Item name="address" label={t('agreements:fields.address')} rules={[required('address'), { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </section>
        <section className="agreement-form-section">
          <h2>{t('agreements:form.items')}</h2>
          <AgreementItems officeId={agreement?.officeId ?? officeId} />
        </section>
        <section className="agreement-form-section">
          <h2>{t('agreements:form.schedule')}</h2>
          <Form.Item name={['schedule', 'weekdays']} label={t('agreements:fields.weekdays')}>
            <Checkbox.Group
              className="weekday-picker"
              options={WEEKDAYS.map((d) => ({ value: d, label: t(`agreements:weekdays.${d}`) }))}
            />
          </Form.Item>
          <Form.Item name={['schedule', 'monthDays']} label={t('agreements:fields.monthDays')} extra={t('agreements:form.monthDaysHint')}>
            <Select
              mode="multiple"
              allowClear
              aria-label={t('agreements:fields.monthDays')}
              options={MONTH_DAYS.map((d) => ({ value: d, label: t('agreements:form.monthDay', { day: d }) }))}
            />
          </Form.Item>
          <div className="agreement-form-pair">
            <Form.Item name={['schedule', 'windowStart']} label={t('agreements:fields.windowStart')} rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
            <Form.Item name={['schedule', 'windowEnd']} label={t('agreements:fields.windowEnd')} rules={[{ required: true }]}>
              <Input type="time" />
            </Form.Item>
          </div>
          <div className="agreement-form-pair">
            <Form.Item
              name="startDate"
              label={t('agreements:fields.startDate')}
              rules={[{ required: true, message: t('agreements:form.required.startDate') }]}
            >
              <Input type="date" />
            </Form.Item>
            <Form.Item
              name="endDate"
              label={t('agreements:fields.endDate')}
              rules={[{ required: true, message: t('agreements:form.required.endDate') }]}
            >
              <Input type="date" />
            </Form.Item>
          </div>
          <Form.Item
            name="staffCount"
            label={t('agreements:fields.staffCount')}
            rules={[
              { required: true, message: t('validation:required') },
              // refused in words, not clamped: 30 silently became 20 (the server's limit)
              ...numberRange(t, { min: 1, max: 20 }),
            ]}
          >
            <InputNumber precision={0} />
          </Form.Item>
        </section>
        <section className="agreement-form-section">
          <h2>{t('agreements:form.terms')}</h2>
          <Form.Item name="paymentTerms" label={t('agreements:fields.paymentTerms')}>
            <Radio.Group options={PAYMENT_TERMS.map((p) => ({ value: p, label: t(`agreements:paymentTerms.${p}`) }))} />
          </Form.Item>
          <Form.Item name="notes" label={t('agreements:fields.notes')}>
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </section>
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        <div className="agreement-form-actions">
          <Button onClick={() => navigate(agreement ? `/agreements/${agreement.id}` : '/agreements')}>{t('common:actions.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('agreements:form.save')}
          </Button>
        </div>
      </Form>
    </>
  );
}
