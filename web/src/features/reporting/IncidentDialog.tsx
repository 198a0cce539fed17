import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { applyServerErrors } from '../../app/ui/form-errors';
import { isoToWall, wallToIso } from '../../app/ui/wall-time';
import { INCIDENT_KINDS, type Incident, type IncidentKind, useReportingChanged } from './reporting-queries';

interface Values {
  orgId: string;
  kind: IncidentKind;
  occurredAt: string;
  place: string;
  description: string;
  measures: string;
  measuresAt: string;
}

/** The value of a datetime-local field (`YYYY-MM-DDTHH:mm`): the organisation's wall-clock time of an instant. */
const wallInput = (at: Date, timeZone: string) => isoToWall(at.toISOString(), timeZone).format('YYYY-MM-DDTHH:mm');

/** The instant (ISO) of a datetime-local field's value, read as the organisation's wall-clock time. */
const instantOf = (value: string, timeZone: string) => wallToIso(dayjs(value), timeZone);

/**
 * 登记突发事件 (A1.3), made for the duty staff's phone: kind, when and where, what happened, the early intervention and
 * control measures and when; 立即上报 records and reports it upward at once, 仅登记 keeps it to report later.
 */
export function IncidentDialog(props: { stations: { id: string; name: string }[]; onClose(): void; onSaved(i: Incident): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useReportingChanged();
  const [busy, setBusy] = useState<'report' | 'record' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const timeZone = useMe().tenant.timeZone;
  const now = wallInput(new Date(), timeZone);

  const save = async (report: boolean) => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setBusy(report ? 'report' : 'record');
    setError(null);
    try {
      const made = await unwrap(
        api.POST('/api/incidents', {
          body: {
            orgId: v.orgId,
            kind: v.kind,
            occurredAt: instantOf(v.occurredAt, timeZone),
            place: v.place,
            description: v.description,
            measures: v.measures,
            measuresAt: instantOf(v.measuresAt, timeZone),
            report,
          },
        }),
      );
      await changed();
      props.onSaved(made);
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open
      title={t('reporting:incident.new')}
      onCancel={props.onClose}
      footer={[
        <Button key="cancel" onClick={props.onClose}>
          {t('common:actions.cancel')}
        </Button>,
        <Button key="record" loading={busy === 'record'} disabled={busy !== null} onClick={() => save(false)}>
          {t('reporting:incident.recordOnly')}
        </Button>,
        <Button key="report" type="primary" danger loading={busy === 'report'} disabled={busy !== null} onClick={() => save(true)}>
          {t('reporting:incident.recordAndReport')}
        </Button>,
      ]}
    >
      <Form<Values>
        className="rp-form"
        form={form}
        layout="vertical"
        initialValues={{ orgId: props.stations[0]?.id, occurredAt: now, measuresAt: now }}
        requiredMark
      >
        <Form.Item name="orgId" label={t('reporting:fields.station')} rules={[required]} hidden={props.stations.length < 2}>
          <Select options={props.stations.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('reporting:fields.incidentKind')} rules={[required]}>
          <Select options={INCIDENT_KINDS.map((k) => ({ value: k, label: t(`reporting:incidentKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('reporting:fields.occurredAt')} rules={[required]}>
          <Input type="datetime-local" max={now} />
        </Form.Item>
        <Form.Item name="place" label={t('reporting:fields.place')} rules={[required, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('reporting:fields.description')} rules={[required, { max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="measures"
          label={t('reporting:fields.measures')}
          rules={[required, { max: 4000 }]}
          extra={t('reporting:incident.measuresHelp')}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="measuresAt" label={t('reporting:fields.measuresAt')} rules={[required]}>
          <Input type="datetime-local" max={now} />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" role="alert" showIcon message={error} /> : null}
    </Modal>
  );
}
