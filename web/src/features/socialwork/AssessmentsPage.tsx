import './socialwork.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Form, Input, InputNumber, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { numberRange } from '../../app/ui/number-range';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { assessmentsQuery, type ExecutorFigures } from './control-queries';
import { useSocialworkChanged } from './project-queries';

/** The half year `today` falls in: the usual assessment period. */
const halfYear = (today: string) => {
  const y = today.slice(0, 4);
  return today.slice(5, 7) <= '06' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
};

/**
 * 执行人考核 (A3.5): for a period, each social worker of the organisation with their projects and what the records
 * show — monthly checks done against the months owed, supervision opinions answered late or left unanswered,
 * activities held and briefs late — beside the head's assessments (score 0–100 and comments).
 */
export function AssessmentsPage() {
  const { t } = useTranslation();
  const today = useServerToday();
  const [period, setPeriod] = useState(() => halfYear(today));
  const valid = Boolean(period.from && period.to && period.from <= period.to);
  const overview = useQuery({ ...assessmentsQuery(period.from, period.to), enabled: valid });
  const [assessing, setAssessing] = useState<ExecutorFigures | null>(null);

  return (
    <div className="socialwork">
      <PageHeader title={t('socialwork:pages.AssessmentsPage')} subtitle={t('swControl:assess.subtitle')} />
      <section className="panel" aria-label={t('swControl:assess.period')}>
        <Space wrap align="end">
          <label htmlFor="sw-assess-from">
            {t('swControl:assess.from')}
            <Input
              id="sw-assess-from"
              type="date"
              value={period.from}
              onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))}
            />
          </label>
          <label htmlFor="sw-assess-to">
            {t('swControl:assess.to')}
            <Input id="sw-assess-to" type="date" value={period.to} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))} />
          </label>
        </Space>
      </section>
      {!valid ? (
        <p role="alert">{t('errors:socialwork.period_reversed')}</p>
      ) : overview.isPending ? (
        <Skeleton active />
      ) : overview.isError ? (
        <QueryError error={overview.error} onRetry={() => overview.refetch()} />
      ) : overview.data.executors.length === 0 ? (
        <Empty description={t('swControl:assess.empty')} />
      ) : (
        overview.data.executors.map((e) => (
          <ExecutorCard key={e.executorId} e={e} mayAssess={overview.data.mayAssess} onAssess={() => setAssessing(e)} />
        ))
      )}
      {assessing ? <AssessmentDialog executor={assessing} period={period} onClose={() => setAssessing(null)} /> : null}
    </div>
  );
}

function ExecutorCard({ e, mayAssess, onAssess }: { e: ExecutorFigures; mayAssess: boolean; onAssess(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = `sw-exec-${e.executorId}`;
  return (
    <section className="panel sw-section" aria-labelledby={headingId}>
      <Space className="sw-heading-row" wrap>
        <h2 id={headingId} className="card-heading">
          {e.executorName} <span className="sw-muted">{e.orgName}</span>
        </h2>
        {mayAssess ? (
          <Button type="primary" onClick={onAssess} aria-label={t('swControl:assess.newFor', { name: e.executorName })}>
            {t('swControl:assess.new')}
          </Button>
        ) : null}
      </Space>
      <p>
        {t('swControl:assess.projects')}
        {t('common:labelSeparator')}
        {e.projects.length
          ? e.projects.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? t('common:listSeparator') : ''}
                <Link to={`/socialwork/projects/${p.id}?tab=control`}>
                  {p.number} {p.title}
                </Link>
              </span>
            ))
          : t('common:empty')}
      </p>
      <ul className="sw-figures" aria-label={t('swControl:assess.figures')}>
        <li>
          {t('swControl:assess.checks', { done: e.checksDone, due: e.monthsDue })}{' '}
          {e.checksDone < e.monthsDue ? (
            <Tag className="sw-tag sw-tag-bad">{t('swControl:assess.checksMissing', { count: e.monthsDue - e.checksDone })}</Tag>
          ) : null}
        </li>
        <li>{t('swControl:assess.opinions', { count: e.opinions, late: e.opinionsAnsweredLate, open: e.opinionsUnanswered })}</li>
        <li>{t('swControl:assess.activities', { count: e.activitiesHeld, late: e.briefsLate })}</li>
      </ul>
      {e.assessments.length ? (
        <ul className="sw-figures" aria-label={t('swControl:assess.made')}>
          {e.assessments.map((a) => (
            <li key={a.id}>
              <strong>{t('swControl:assess.score', { score: a.score })}</strong> · {a.periodFrom} – {a.periodTo} · {a.assessorName} ·{' '}
              {format.date(a.assessedAt)}
              <p className="sw-text">{a.comments}</p>
              <HistoryButton entity="sw_assessment" id={a.id} name={`${e.executorName} ${a.periodFrom} – ${a.periodTo}`} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="sw-muted">{t('swControl:assess.none')}</p>
      )}
    </section>
  );
}

interface Values {
  periodFrom: string;
  periodTo: string;
  score: number;
  comments: string;
}

function AssessmentDialog({
  executor,
  period,
  onClose,
}: {
  executor: ExecutorFigures;
  period: { from: string; to: string };
  onClose(): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form] = Form.useForm<Values>();
  const changed = useSocialworkChanged();
  const required = { required: true, message: t('validation:required') };
  const submit = async (v: Values) => {
    await unwrap(api.POST('/api/socialwork/assessments', { body: { executorId: executor.executorId, ...v } }));
    await changed();
    toast.success(t('swControl:assess.saved'));
  };
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('swControl:assess.titleFor', { name: executor.executorName })}
      initialValues={{ periodFrom: period.from, periodTo: period.to }}
      onClose={onClose}
      onSubmit={submit}
    >
      <Space wrap>
        <Form.Item name="periodFrom" label={t('swControl:assess.from')} rules={[required]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="periodTo" label={t('swControl:assess.to')} rules={[required]}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Form.Item
        name="score"
        label={t('swControl:assess.scoreLabel')}
        rules={[required, ...numberRange(t, { min: 0, max: 100 })]}
        extra={t('swControl:assess.scoreHelp')}
      >
        <InputNumber precision={0} />
      </Form.Item>
      <Form.Item name="comments" label={t('swControl:assess.comments')} rules={[{ ...required, whitespace: true }, { max: 2000 }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}
