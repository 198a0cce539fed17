import './infusion-patients.css';
import { useQuery } from '@tanstack/react-query';
import { Form, Input, Radio, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { MOBILITIES, type Mobility, type Patient, SEXES, type Sex, teamListQuery, useInfusionPatientsChanged } from './patient-queries';

interface Values {
  teamId: string;
  area: string;
  name: string;
  sex: Sex;
  birthDate: string;
  address: string;
  phone?: string;
  familyName?: string;
  familyRelation?: string;
  familyPhone?: string;
  mobility: Mobility;
  frail: boolean;
  paperworkComplete: boolean;
  allergies?: string;
  contraindications?: string;
  active: boolean;
}

const PHONE = /^[0-9+\- ]{7,20}$/;
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/**
 * 登记 or 修改 a home-infusion patient: the team covering the address and its area, who they are, how they get
 * about, and the facts eligibility is judged from (A5.1) — judged again by the server on every save.
 */
export function PatientDialog({ patient, onClose, onSaved }: { patient?: Patient; onClose(): void; onSaved(p: Patient): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useInfusionPatientsChanged();
  const teams = useQuery(teamListQuery());
  const teamId = Form.useWatch('teamId', form) ?? patient?.teamId;
  const usable = (teams.data?.items ?? []).filter((x) => x.active || x.id === patient?.teamId);
  const team = usable.find((x) => x.id === teamId);
  const required = { required: true, message: t('validation:required') };
  const phoneRule = { pattern: PHONE, message: t('infusionPatients:fields.phoneInvalid') };

  const submit = async (v: Values) => {
    const body = {
      teamId: v.teamId,
      area: v.area,
      name: v.name,
      sex: v.sex,
      birthDate: v.birthDate,
      address: v.address,
      phone: orNull(v.phone),
      familyName: orNull(v.familyName),
      familyRelation: orNull(v.familyRelation),
      familyPhone: orNull(v.familyPhone),
      mobility: v.mobility,
      frail: v.frail,
      paperworkComplete: v.paperworkComplete,
      allergies: orNull(v.allergies),
      contraindications: orNull(v.contraindications),
    };
    const saved = patient
      ? await unwrap(
          api.PUT('/api/infusion/patients/{id}', {
            params: { path: { id: patient.id } },
            body: { ...body, active: v.active, version: patient.version },
          }),
        )
      : await unwrap(api.POST('/api/infusion/patients', { body }));
    await changed();
    onSaved(saved);
  };

  const initial: Partial<Values> = patient
    ? {
        teamId: patient.teamId,
        area: patient.area,
        name: patient.name,
        sex: patient.sex,
        birthDate: patient.birthDate,
        address: patient.address,
        phone: patient.phone ?? '',
        familyName: patient.familyName ?? '',
        familyRelation: patient.familyRelation ?? '',
        familyPhone: patient.familyPhone ?? '',
        mobility: patient.mobility,
        frail: patient.frail,
        paperworkComplete: patient.paperworkComplete,
        allergies: patient.allergies ?? '',
        contraindications: patient.contraindications ?? '',
        active: patient.active,
      }
    : { frail: false, paperworkComplete: true, active: true };

  return (
    <FormModal<Values>
      open
      form={form}
      title={patient ? t('infusionPatients:patients.editTitle') : t('infusionPatients:patients.newTitle')}
      okText={patient ? t('common:actions.save') : t('infusionPatients:patients.create')}
      initialValues={initial}
      onClose={onClose}
      onSubmit={submit}
    >
      <div className="infusion-form">
        <div className="infusion-form-row">
          <Form.Item name="teamId" label={t('infusionPatients:fields.team')} rules={[required]}>
            <Select
              loading={teams.isFetching}
              onChange={() => form.setFieldsValue({ area: undefined as unknown as string })}
              options={usable.map((x) => ({ value: x.id, label: t('common:aside', { text: x.name, aside: x.orgName }) }))}
            />
          </Form.Item>
          <Form.Item name="area" label={t('infusionPatients:fields.area')} rules={[required]} extra={t('infusionPatients:fields.areaHelp')}>
            <Select
              disabled={!team}
              placeholder={team ? undefined : t('infusionPatients:fields.teamFirst')}
              options={(team?.areas ?? []).map((a) => ({ value: a, label: a }))}
            />
          </Form.Item>
        </div>
        <div className="infusion-form-row">
          <Form.Item name="name" label={t('infusionPatients:fields.name')} rules={[required, { max: 40 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="sex" label={t('infusionPatients:fields.sex')} rules={[required]}>
            <Radio.Group options={SEXES.map((s) => ({ value: s, label: t(`infusion:sex.${s}`) }))} />
          </Form.Item>
          <Form.Item name="birthDate" label={t('infusionPatients:fields.birthDate')} rules={[required]}>
            <Input type="date" max="9999-12-31" />
          </Form.Item>
        </div>
        <Form.Item name="address" label={t('infusionPatients:fields.address')} rules={[required, { max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="phone" label={t('infusionPatients:fields.phone')} rules={[phoneRule]}>
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <div className="infusion-form-row">
          <Form.Item name="familyName" label={t('infusionPatients:fields.familyName')} rules={[{ max: 40 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="familyRelation"
            label={t('infusionPatients:fields.familyRelation')}
            rules={[{ max: 20 }]}
            extra={t('infusionPatients:fields.familyRelationHelp')}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="familyPhone" label={t('infusionPatients:fields.familyPhone')} rules={[phoneRule]}>
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
        </div>
        <Form.Item name="mobility" label={t('infusionPatients:fields.mobility')} rules={[required]}>
          <Radio.Group options={MOBILITIES.map((m) => ({ value: m, label: t(`infusion:mobility.${m}`) }))} />
        </Form.Item>
        <div className="infusion-form-row">
          <Form.Item
            name="frail"
            label={t('infusionPatients:fields.frail')}
            valuePropName="checked"
            extra={t('infusionPatients:fields.frailHelp')}
          >
            <Switch />
          </Form.Item>
          <Form.Item
            name="paperworkComplete"
            label={t('infusionPatients:fields.paperworkComplete')}
            valuePropName="checked"
            extra={t('infusionPatients:fields.paperworkHelp')}
          >
            <Switch />
          </Form.Item>
        </div>
        <Form.Item name="allergies" label={t('infusionPatients:fields.allergies')} rules={[{ max: 500 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item
          name="contraindications"
          label={t('infusionPatients:fields.contraindications')}
          rules={[{ max: 500 }]}
          extra={t('infusionPatients:fields.contraindicationsHelp')}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        {patient ? (
          <Form.Item
            name="active"
            label={t('infusionPatients:fields.active')}
            valuePropName="checked"
            extra={t('infusionPatients:fields.activeHelp')}
          >
            <Switch />
          </Form.Item>
        ) : null}
      </div>
    </FormModal>
  );
}
