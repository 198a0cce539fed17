import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { REPORT_KINDS, type Report, type ReportKind, useReportingChanged } from './reporting-queries';

interface Values {
  orgId: string;
  kind: ReportKind;
  period: string;
  sections: { heading: string; body: string }[];
}

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['image/png', 'image/jpeg', 'application/pdf'];

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * 报送报告 (A1.3): a station's 工作报告 or 社情民意报告 of an ended month, in titled sections (prefilled with the usual
 * ones of its kind), with up to three PNG, JPEG or PDF files.
 */
export function ReportDialog(props: {
  stations: { id: string; name: string }[];
  initial?: { orgId: string; kind: ReportKind; period: string } | undefined;
  lastPeriod: string;
  onClose(): void;
  onSaved(r: Report): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useReportingChanged();
  const [files, setFiles] = useState<{ fileName: string; data: string }[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const headings = (kind: ReportKind) =>
    (t(`reporting:report.headings.${kind}`, { returnObjects: true }) as string[]).map((heading) => ({ heading, body: '' }));
  const kind0 = props.initial?.kind ?? 'work';

  const addFiles = async (list: FileList | null) => {
    setFileError(null);
    for (const f of Array.from(list ?? [])) {
      if (!TYPES.includes(f.type) || f.size > MAX_BYTES) {
        setFileError(t('reporting:report.fileRefused', { name: f.name }));
        continue;
      }
      const data = await readAsDataUrl(f);
      setFiles((old) => (old.length >= 3 ? old : [...old, { fileName: f.name, data }]));
    }
  };

  const submit = async (v: Values) => {
    const made = await unwrap(
      api.POST('/api/station-reports', {
        body: { orgId: v.orgId, kind: v.kind, period: v.period, sections: v.sections, ...(files.length ? { attachments: files } : {}) },
      }),
    );
    await changed();
    props.onSaved(made);
  };

  return (
    <FormModal<Values>
      open
      form={form}
      preserve
      title={t('reporting:report.new')}
      okText={t('reporting:report.submit')}
      initialValues={{
        orgId: props.initial?.orgId ?? props.stations[0]?.id,
        kind: kind0,
        period: props.initial?.period ?? props.lastPeriod,
        sections: headings(kind0),
      }}
      onClose={props.onClose}
      onSubmit={submit}
    >
      <div className="rp-form">
        <Form.Item name="orgId" label={t('reporting:fields.station')} rules={[required]} hidden={props.stations.length < 2}>
          <Select options={props.stations.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('reporting:fields.kind')} rules={[required]}>
            <Select
              style={{ minWidth: 160 }}
              options={REPORT_KINDS.map((k) => ({ value: k, label: t(`reporting:reportKind.${k}`) }))}
              onChange={(k: ReportKind) => form.setFieldValue('sections', headings(k))}
            />
          </Form.Item>
          <Form.Item name="period" label={t('reporting:fields.period')} rules={[required]}>
            <Input type="month" max={props.lastPeriod} />
          </Form.Item>
        </Space>
        <Form.List name="sections">
          {(fields, { add, remove }) => (
            <fieldset>
              <legend>{t('reporting:fields.sections')}</legend>
              {fields.map((field, n) => (
                <div key={field.key}>
                  <Form.Item
                    name={[field.name, 'heading']}
                    label={t('reporting:fields.headingN', { n: n + 1 })}
                    rules={[required, { max: 100 }]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'body']}
                    label={t('reporting:fields.bodyN', { n: n + 1 })}
                    rules={[required, { max: 5000 }]}
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button size="small" onClick={() => remove(field.name)} aria-label={t('reporting:report.removeN', { n: n + 1 })}>
                      {t('reporting:report.remove')}
                    </Button>
                  ) : null}
                </div>
              ))}
              {fields.length < 12 ? (
                <Button type="dashed" onClick={() => add({ heading: '', body: '' })}>
                  {t('reporting:report.addSection')}
                </Button>
              ) : null}
            </fieldset>
          )}
        </Form.List>
        <Form.Item label={t('reporting:fields.attachments')} htmlFor="report-files" extra={t('reporting:report.filesHelp')}>
          <input
            id="report-files"
            type="file"
            multiple
            accept={TYPES.join(',')}
            disabled={files.length >= 3}
            onChange={(e) => addFiles(e.target.files)}
          />
          <ul>
            {files.map((f, n) => (
              <li key={f.fileName}>
                {f.fileName}{' '}
                <Button
                  size="small"
                  type="link"
                  onClick={() => setFiles((old) => old.filter((_, k) => k !== n))}
                  aria-label={t('reporting:report.removeFile', { name: f.fileName })}
                >
                  {t('reporting:report.remove')}
                </Button>
              </li>
            ))}
          </ul>
          {fileError ? <div role="alert">{fileError}</div> : null}
        </Form.Item>
      </div>
    </FormModal>
  );
}
