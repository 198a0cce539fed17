import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { numberRange } from '../../app/ui/number-range';
import type { Survey } from './initiation-queries';
import { useSocialworkChanged } from './project-queries';

interface Values {
  surveyedFrom: string;
  surveyedTo: string;
  respondents: string;
  respondentCount: number;
  method: string;
  needs: string;
  opinions: string;
  suggestions: string;
}

/** 记录需求调查 or 修改 (A3.3): when, whom and how many were asked, how, their needs, opinions and suggestions. */
export function SurveyDialog({ projectId, survey, onClose }: { projectId: string; survey?: Survey; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, whitespace: true, message: t('validation:required') };
  const text = (name: keyof Values, max: number, rows = 3) => (
    <Form.Item name={name} label={t(`swInitiation:survey.${name}`)} rules={[required, { max }]}>
      <Input.TextArea autoSize={{ minRows: rows, maxRows: 8 }} />
    </Form.Item>
  );

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(survey ? 'swInitiation:survey.editTitle' : 'swInitiation:survey.newTitle')}
      initialValues={survey ?? { respondentCount: 1 }}
      onClose={onClose}
      onSubmit={async (v) => {
        if (survey) await unwrap(api.PUT('/api/socialwork/surveys/{id}', { params: { path: { id: survey.id } }, body: v }));
        else await unwrap(api.POST('/api/socialwork/projects/{id}/surveys', { params: { path: { id: projectId } }, body: v }));
        await changed();
      }}
    >
      <div className="sw-form-row">
        <Form.Item name="surveyedFrom" label={t('swInitiation:survey.surveyedFrom')} rules={[required]}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
        <Form.Item name="surveyedTo" label={t('swInitiation:survey.surveyedTo')} rules={[required]}>
          <Input type="date" max="9999-12-31" />
        </Form.Item>
      </div>
      <Form.Item name="respondents" label={t('swInitiation:survey.respondents')} rules={[required, { max: 500 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <div className="sw-form-row">
        <Form.Item
          name="respondentCount"
          label={t('swInitiation:survey.respondentCount')}
          rules={[{ required: true, message: t('validation:required') }, ...numberRange(t, { min: 1, max: 1_000_000 })]}
        >
          <InputNumber precision={0} />
        </Form.Item>
        <Form.Item name="method" label={t('swInitiation:survey.method')} rules={[required, { max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </div>
      {text('needs', 2000)}
      {text('opinions', 2000, 2)}
      {text('suggestions', 2000, 2)}
    </FormModal>
  );
}
