import './cleaning-setup.css';
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { EstateSelect, estateOptionsQuery } from '../estates/EstateSelect';
import { useStaff } from '../users/use-staff';
import {
  CLEANING_AREAS,
  type CleaningArea,
  INSPECT_PERMISSION,
  INSPECTION_LEVELS,
  type InspectionLevel,
  PLAN_FREQUENCIES,
  type Plan,
  type PlanFrequency,
  RECTIFY_PERMISSION,
  useCleaningChanged,
} from './setup-queries';

interface Values {
  estateId: string;
  level: InspectionLevel;
  frequency: PlanFrequency;
  inspectorId?: string;
  cleanerId: string;
  areas: CleaningArea[];
  active: boolean;
}

/**
 * 新建 or 修改 an inspection plan: who checks which areas of an estate, at which level, how often. For 自查 the
 * cleaner inspects her own areas (one picker). A new plan's inspections of the current period are planned at once.
 */
export function PlanDialog({ plan, onClose, onSaved }: { plan?: Plan; onClose(): void; onSaved(created: boolean): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useCleaningChanged();
  const estates = useQuery(estateOptionsQuery());
  const estateId = Form.useWatch('estateId', form) ?? plan?.estateId;
  const level: InspectionLevel = Form.useWatch('level', form) ?? plan?.level ?? 'supervisor';
  const officeId = plan?.officeId ?? estates.data?.items.find((e) => e.id === estateId)?.officeId;
  const inspectors = useStaff(officeId, [INSPECT_PERMISSION[level]], level !== 'self');
  const cleaners = useStaff(officeId, [level === 'self' ? INSPECT_PERMISSION.self : RECTIFY_PERMISSION]);
  const required = { required: true, message: t('validation:required') };
  const atLeastOne = (_: unknown, v: unknown[] | undefined) =>
    v?.length ? Promise.resolve() : Promise.reject(new Error(t('cleaning:plans.pickAreas')));
  const people = (data: typeof cleaners.data) =>
    (data?.items ?? []).map((u) => ({ value: u.id, label: t('common:aside', { text: u.displayName, aside: u.orgName }) }));

  const submit = async (v: Values) => {
    const fields = {
      frequency: v.frequency,
      cleanerId: v.cleanerId,
      inspectorId: level === 'self' ? v.cleanerId : (v.inspectorId ?? ''),
      areas: CLEANING_AREAS.filter((a) => v.areas.includes(a)),
    };
    if (plan) {
      await unwrap(
        api.PUT('/api/cleaning/plans/{id}', {
          params: { path: { id: plan.id } },
          body: { ...fields, active: v.active, version: plan.version },
        }),
      );
    } else {
      await unwrap(api.POST('/api/cleaning/plans', { body: { estateId: v.estateId, level: v.level, ...fields } }));
    }
    await changed();
    onSaved(!plan);
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={plan ? t('cleaning:plans.editTitle') : t('cleaning:plans.newTitle')}
      okText={plan ? t('common:actions.save') : t('cleaning:plans.create')}
      initialValues={
        plan
          ? {
              estateId: plan.estateId,
              level: plan.level,
              frequency: plan.frequency,
              inspectorId: plan.inspectorId,
              cleanerId: plan.cleanerId,
              areas: plan.areas,
              active: plan.active,
            }
          : { level: 'supervisor', frequency: 'weekly', areas: [], active: true }
      }
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="cleaning-form">
        <Form.Item name="estateId" label={t('cleaning:plans.estate')} rules={[required]}>
          {plan ? (
            <Select disabled options={[{ value: plan.estateId, label: plan.estateName }]} />
          ) : (
            <EstateSelect label={t('cleaning:plans.estate')} />
          )}
        </Form.Item>
        <Form.Item name="level" label={t('cleaning:plans.level')} rules={[required]}>
          <Select
            disabled={Boolean(plan)}
            options={INSPECTION_LEVELS.map((l) => ({ value: l, label: t(`cleaning:levels.${l}`) }))}
            onChange={() => form.setFieldsValue({ inspectorId: undefined, cleanerId: undefined as unknown as string })}
          />
        </Form.Item>
        <Form.Item name="frequency" label={t('cleaning:plans.frequency')} rules={[required]}>
          <Select options={PLAN_FREQUENCIES.map((f) => ({ value: f, label: t(`cleaning:frequencies.${f}`) }))} />
        </Form.Item>
        {level !== 'self' ? (
          <Form.Item
            name="inspectorId"
            label={t('cleaning:plans.inspector')}
            rules={[required]}
            extra={t(`cleaning:plans.inspectorHelp.${level}`)}
          >
            <Select
              showSearch
              optionFilterProp="label"
              disabled={!officeId}
              placeholder={officeId ? undefined : t('cleaning:plans.estateFirst')}
              loading={inspectors.isFetching}
              options={people(inspectors.data)}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="cleanerId"
          label={level === 'self' ? t('cleaning:plans.selfCleaner') : t('cleaning:plans.cleaner')}
          rules={[required]}
          extra={level === 'self' ? t('cleaning:plans.selfHelp') : t('cleaning:plans.cleanerHelp')}
        >
          <Select
            showSearch
            optionFilterProp="label"
            disabled={!officeId}
            placeholder={officeId ? undefined : t('cleaning:plans.estateFirst')}
            loading={cleaners.isFetching}
            options={people(cleaners.data)}
          />
        </Form.Item>
        {/* a validator, not `required`: antd would put aria-required on the group's div, which no role allows */}
        <Form.Item name="areas" label={t('cleaning:plans.areas')} rules={[{ validator: atLeastOne }]}>
          <Checkbox.Group
            role="group"
            aria-label={t('cleaning:plans.areas')}
            className="cleaning-area-boxes"
            options={CLEANING_AREAS.map((a) => ({ value: a, label: t(`cleaning:areas.${a}`) }))}
          />
        </Form.Item>
        {plan ? (
          <Form.Item name="active" label={t('cleaning:plans.active')} valuePropName="checked" extra={t('cleaning:plans.activeHelp')}>
            <Switch />
          </Form.Item>
        ) : null}
      </div>
    </FormModal>
  );
}
