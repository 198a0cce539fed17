import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { applyServerErrors } from '../../app/ui/form-errors';
import { PageHeader } from '../../app/ui/PageHeader';
import { useToast } from '../../app/ui/toast';
import { CustomerSelect } from '../gps-register/Pickers';
import { customerVehiclesQuery, useInstallChanged } from './install-queries';
import { VehiclePicker } from './VehiclePicker';
import { onVehicleList } from './vehicle-errors';
import './gps-install.css';

interface Values {
  officeId: string;
  customerId: string;
  contactName: string;
  phone: string;
  address: string;
  requirements?: string;
  vehicleIds: string[];
}

/** The GPS department takes its own orders (and an office may): the kinds of node a request is taken at. */
const TAKEN_AT: readonly string[] = ['department', 'office'];
const takes = (o: Org) => o.active && TAKEN_AT.includes(o.kind);

/** 安装需求单 (A4.4.1): the customer, where to fit, the requirements, and the vehicles to fit from the register. */
export function NewInstallRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const me = useMe();
  const scope = useOrgScope();
  const changed = useInstallChanged();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const customerId = Form.useWatch('customerId', form);
  const vehicles = useQuery(customerVehiclesQuery(customerId));
  const required = { required: true, whitespace: true, message: t('validation:required') };
  // the user's own GPS department first (a manager's grant), else the working node when it takes orders
  const defaultOffice =
    me.grants.map((g) => scope.orgs.byId.get(g.orgId)).find((o): o is Org => Boolean(o && o.kind === 'department' && takes(o)))?.id ??
    (scope.org && takes(scope.org) ? scope.org.id : undefined);

  useEffect(() => {
    if (!form.getFieldValue('officeId') && defaultOffice) form.setFieldValue('officeId', defaultOffice);
  }, [defaultOffice, form]);

  // a customer picked: the vehicle list starts again, and the customer's contact fills the fields still empty
  const pickCustomer = async (id: string | null) => {
    form.setFieldValue('vehicleIds', []);
    if (!id) return;
    const c = await unwrap(api.GET('/api/gps/customers/{id}', { params: { path: { id } } }));
    const empty = (name: 'contactName' | 'phone' | 'address') => !form.getFieldValue(name)?.trim();
    const fill: Partial<Values> = {};
    if (c.contactName && empty('contactName')) fill.contactName = c.contactName;
    if (c.phone && empty('phone')) fill.phone = c.phone;
    if (c.address && empty('address')) fill.address = c.address;
    form.setFieldsValue(fill);
  };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const created = await unwrap(
        api.POST('/api/gps/install-requests', {
          body: {
            officeId: v.officeId,
            customerId: v.customerId,
            contactName: v.contactName.trim(),
            phone: v.phone.trim(),
            address: v.address.trim(),
            ...(v.requirements?.trim() ? { requirements: v.requirements.trim() } : {}),
            vehicleIds: v.vehicleIds,
          },
        }),
      );
      await changed();
      toast.success(t('gpsInstall:form.done', { number: created.number }));
      navigate(`/gps/install-requests/${created.id}`);
    } catch (e) {
      setError(applyServerErrors(form, onVehicleList(e), t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader title={t('gpsInstall:form.title')} subtitle={t('gpsInstall:form.subtitle')} />
      <Form<Values>
        form={form}
        layout="vertical"
        className="panel install-form"
        requiredMark
        scrollToFirstError
        initialValues={{ officeId: defaultOffice, vehicleIds: [] }}
        onFinish={submit}
      >
        <div className="install-two">
          <Form.Item name="officeId" label={t('gpsInstall:fields.office')} rules={[{ required: true, message: t('validation:required') }]}>
            <OrgTreeSelect selectable={takes} />
          </Form.Item>
          <Form.Item
            name="customerId"
            label={t('gpsInstall:fields.customer')}
            rules={[{ required: true, message: t('validation:required') }]}
          >
            <CustomerSelect onChange={(id) => void pickCustomer(id)} />
          </Form.Item>
          <Form.Item name="contactName" label={t('gpsInstall:fields.contactName')} rules={[{ ...required, max: 40 }]}>
            <Input maxLength={40} autoComplete="off" />
          </Form.Item>
          <Form.Item name="phone" label={t('gpsInstall:fields.phone')} rules={[{ ...required, max: 20 }]}>
            <Input inputMode="tel" maxLength={20} autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item
          name="address"
          label={t('gpsInstall:fields.address')}
          rules={[{ ...required, max: 200 }]}
          extra={t('gpsInstall:form.addressHelp')}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item name="requirements" label={t('gpsInstall:fields.requirements')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('gpsInstall:form.requirementsHint')} />
        </Form.Item>
        <Form.Item
          name="vehicleIds"
          label={t('gpsInstall:fields.vehicleList')}
          extra={t('gpsInstall:form.vehiclesHelp')}
          rules={[{ required: true, type: 'array', min: 1, message: t('gpsInstall:form.vehiclesRequired') }]}
        >
          <VehiclePicker
            label={t('gpsInstall:fields.vehicleList')}
            vehicles={vehicles.data?.items ?? []}
            loading={vehicles.isFetching}
            empty={t(customerId ? 'gpsInstall:form.noVehicles' : 'gpsInstall:form.pickCustomerFirst')}
          />
        </Form.Item>
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        <div className="install-buttons">
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('gpsInstall:form.submit')}
          </Button>
          <Button onClick={() => navigate(-1)}>{t('common:actions.cancel')}</Button>
        </div>
      </Form>
    </>
  );
}
