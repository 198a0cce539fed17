import { CheckCircleFilled, ExclamationCircleFilled, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Empty, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { AgreementDialog } from './AgreementDialog';
import { AttachmentList } from './AttachmentList';
import { agreementsQuery, missingOf, type Plan, planPrintUrl, plansQuery, type Survey, surveysQuery } from './initiation-queries';
import { MethodsWarning } from './MethodsWarning';
import { PlanContentView } from './PlanContentView';
import { PlanDialog } from './PlanDialog';
import { PlanStateTag } from './PlanStateTag';
import type { Project } from './project-queries';
import { useSocialworkChanged } from './project-queries';
import { SurveyDialog } from './SurveyDialog';

type Dialog =
  | { kind: 'survey'; survey?: Survey }
  | { kind: 'plan'; plan?: Plan }
  | { kind: 'agreement' }
  | { kind: 'submit' | 'approve' | 'return'; plan: Plan }
  | { kind: 'start' }
  | null;

/**
 * The 立项 tab of a project (A3.3): the needs survey with its files, the 项目计划书 — the current version, its state,
 * the warning of a missing method, submit / approve / return by who may, print, and every version with who and when —
 * the funding and cooperation agreements, and 启动项目, which the server refuses without a survey or an approved plan.
 */
export function ProjectInitiation({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const changed = useSocialworkChanged();
  const surveys = useQuery(surveysQuery(project.id));
  const plans = useQuery(plansQuery(project.id));
  const agreements = useQuery(agreementsQuery(project.id));
  const [dialog, setDialog] = useState<Dialog>(null);
  const initiating = project.state === 'initiating';
  const execute = project.abilities.execute;
  const current = plans.data?.items[0];
  const who = (name: string | null, at: string | null) => (at ? `${name ?? ''} ${format.dateTime(at)}` : t('common:empty'));
  const surveyed = Boolean(surveys.data?.items.length);
  const approved = Boolean(plans.data?.inForce);

  const planStep = async (kind: 'submit' | 'approve' | 'return', plan: Plan, reason?: string) => {
    const params = { path: { id: plan.id } };
    if (kind === 'submit') await unwrap(api.POST('/api/socialwork/plans/{id}/submit', { params, body: { version: plan.version } }));
    if (kind === 'approve') await unwrap(api.POST('/api/socialwork/plans/{id}/approve', { params, body: { version: plan.version } }));
    if (kind === 'return')
      await unwrap(api.POST('/api/socialwork/plans/{id}/return', { params, body: { version: plan.version, reason: reason ?? '' } }));
    await changed();
    toast.success(t(`swInitiation:plan.done.${kind}`));
  };

  return (
    <div className="sw-initiation">
      {initiating ? (
        <section className="panel sw-gate" aria-labelledby="sw-gate">
          <h2 id="sw-gate" className="card-heading">
            {t('swInitiation:start.heading')}
          </h2>
          <ul className="sw-checklist">
            <li>
              {surveyed ? <CheckCircleFilled className="ok" aria-hidden /> : <ExclamationCircleFilled className="todo" aria-hidden />}{' '}
              {t(surveyed ? 'swInitiation:start.surveyDone' : 'swInitiation:start.surveyTodo')}
            </li>
            <li>
              {approved ? <CheckCircleFilled className="ok" aria-hidden /> : <ExclamationCircleFilled className="todo" aria-hidden />}{' '}
              {t(approved ? 'swInitiation:start.planDone' : 'swInitiation:start.planTodo')}
            </li>
          </ul>
          {execute ? (
            <Button type="primary" onClick={() => setDialog({ kind: 'start' })}>
              {t('swInitiation:start.button')}
            </Button>
          ) : null}
        </section>
      ) : null}

      <Card
        className="sw-section"
        title={<h2 className="card-heading">{t('swInitiation:survey.heading')}</h2>}
        extra={execute && initiating ? <Button onClick={() => setDialog({ kind: 'survey' })}>{t('swInitiation:survey.new')}</Button> : null}
      >
        {surveys.isError ? <QueryError error={surveys.error} onRetry={() => surveys.refetch()} /> : null}
        {surveys.data && !surveys.data.items.length ? <Empty description={t('swInitiation:survey.none')} /> : null}
        {surveys.data?.items.map((s, i) => {
          const name = t('swInitiation:survey.nameOf', { n: i + 1 });
          return (
            <article key={s.id} className="sw-record" aria-label={name}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                title={name}
                extra={
                  <Space wrap>
                    {execute && initiating ? (
                      <Button size="small" onClick={() => setDialog({ kind: 'survey', survey: s })}>
                        {t('common:actions.edit')}
                      </Button>
                    ) : null}
                    <HistoryButton entity="sw_needs_survey" id={s.id} name={name} />
                  </Space>
                }
                items={[
                  {
                    key: 'dates',
                    label: t('swInitiation:survey.dates'),
                    children: t('swInitiation:survey.range', { from: s.surveyedFrom, to: s.surveyedTo }),
                  },
                  { key: 'count', label: t('swInitiation:survey.respondentCount'), children: s.respondentCount },
                  { key: 'respondents', label: t('swInitiation:survey.respondents'), children: s.respondents },
                  { key: 'method', label: t('swInitiation:survey.method'), children: s.method },
                  { key: 'needs', label: t('swInitiation:survey.needs'), children: s.needs, span: 'filled' },
                  { key: 'opinions', label: t('swInitiation:survey.opinions'), children: s.opinions, span: 'filled' },
                  { key: 'suggestions', label: t('swInitiation:survey.suggestions'), children: s.suggestions, span: 'filled' },
                  { key: 'recorded', label: t('swInitiation:recordedBy'), children: who(s.recordedByName, s.recordedAt) },
                ]}
              />
              <AttachmentList
                projectId={project.id}
                ownerKind="survey"
                ownerId={s.id}
                ownerName={name}
                items={s.attachments}
                canUpload={execute && initiating}
              />
            </article>
          );
        })}
      </Card>

      <Card
        className="sw-section"
        title={<h2 className="card-heading">{t('swInitiation:plan.heading')}</h2>}
        extra={
          plans.data?.canDraft ? (
            <Button type="primary" onClick={() => setDialog({ kind: 'plan' })}>
              {t('swInitiation:plan.new')}
            </Button>
          ) : null
        }
      >
        {plans.isError ? <QueryError error={plans.error} onRetry={() => plans.refetch()} /> : null}
        {plans.data && !current ? <Empty description={t('swInitiation:plan.none')} /> : null}
        {current ? (
          <>
            <div className="sw-plan-head">
              <Space wrap>
                <strong>{t('swInitiation:plan.versionOf', { n: current.versionNo })}</strong>
                <PlanStateTag state={current.state} />
              </Space>
              <Space wrap>
                {current.abilities.edit ? (
                  <Button onClick={() => setDialog({ kind: 'plan', plan: current })}>{t('common:actions.edit')}</Button>
                ) : null}
                {current.abilities.submit ? (
                  <Button type="primary" onClick={() => setDialog({ kind: 'submit', plan: current })}>
                    {t('swInitiation:plan.submit')}
                  </Button>
                ) : null}
                {current.abilities.decide ? (
                  <>
                    <Button type="primary" onClick={() => setDialog({ kind: 'approve', plan: current })}>
                      {t('swInitiation:plan.approve')}
                    </Button>
                    <Button danger onClick={() => setDialog({ kind: 'return', plan: current })}>
                      {t('swInitiation:plan.return')}
                    </Button>
                  </>
                ) : null}
                <Button icon={<PrinterOutlined aria-hidden />} href={planPrintUrl(current, i18n.language)} target="_blank" rel="noopener">
                  {t('swInitiation:plan.print')}
                </Button>
                <HistoryButton entity="sw_plan" id={current.id} name={t('swInitiation:plan.versionOf', { n: current.versionNo })} />
              </Space>
            </div>
            {current.state === 'returned' && current.returnReason ? (
              <Alert
                type="error"
                showIcon
                className="sw-alert"
                title={t('swInitiation:plan.returnedBy', { name: current.decidedByName ?? '' })}
                description={current.returnReason}
              />
            ) : null}
            <MethodsWarning missing={missingOf(current.warnings)} />
            <PlanContentView content={current.content} />
            <h3 className="sw-subheading">{t('swInitiation:plan.versions')}</h3>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={plans.data?.items ?? []}
              columns={[
                {
                  key: 'no',
                  title: t('swInitiation:plan.version'),
                  render: (_, p) => t('swInitiation:plan.versionOf', { n: p.versionNo }),
                },
                { key: 'state', title: t('swInitiation:plan.state'), render: (_, p) => <PlanStateTag state={p.state} /> },
                { key: 'submitted', title: t('swInitiation:plan.submitted'), render: (_, p) => who(p.submittedByName, p.submittedAt) },
                { key: 'decided', title: t('swInitiation:plan.decided'), render: (_, p) => who(p.decidedByName, p.decidedAt) },
              ]}
            />
          </>
        ) : null}
      </Card>

      <Card
        className="sw-section"
        title={<h2 className="card-heading">{t('swInitiation:agreement.heading')}</h2>}
        extra={
          execute && project.state !== 'closed' ? (
            <Button onClick={() => setDialog({ kind: 'agreement' })}>{t('swInitiation:agreement.new')}</Button>
          ) : null
        }
      >
        {agreements.isError ? <QueryError error={agreements.error} onRetry={() => agreements.refetch()} /> : null}
        {agreements.data && !agreements.data.items.length ? <Empty description={t('swInitiation:agreement.none')} /> : null}
        {agreements.data?.items.map((a) => {
          const name = `${t(`swInitiation:agreement.kinds.${a.kind}`)} · ${a.partner}`;
          return (
            <article key={a.id} className="sw-record" aria-label={name}>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                title={name}
                extra={<HistoryButton entity="sw_agreement" id={a.id} name={name} />}
                items={[
                  { key: 'signedOn', label: t('swInitiation:agreement.signedOn'), children: a.signedOn },
                  {
                    key: 'amount',
                    label: t('swInitiation:agreement.amount'),
                    children: a.amountFen === null ? t('common:empty') : formatFen(a.amountFen),
                  },
                  { key: 'note', label: t('swInitiation:agreement.note'), children: a.note ?? t('common:empty'), span: 'filled' },
                  { key: 'recorded', label: t('swInitiation:recordedBy'), children: who(a.recordedByName, a.recordedAt) },
                ]}
              />
              <AttachmentList
                projectId={project.id}
                ownerKind="agreement"
                ownerId={a.id}
                ownerName={name}
                items={a.attachments}
                canUpload={execute && project.state !== 'closed'}
              />
            </article>
          );
        })}
      </Card>

      {dialog?.kind === 'survey' ? <SurveyDialog projectId={project.id} survey={dialog.survey} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'plan' ? <PlanDialog projectId={project.id} plan={dialog.plan} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'agreement' ? <AgreementDialog projectId={project.id} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'submit' || dialog?.kind === 'approve' || dialog?.kind === 'return' ? (
        <ConfirmAction
          open
          title={t(`swInitiation:plan.confirm.${dialog.kind}.title`)}
          description={t(`swInitiation:plan.confirm.${dialog.kind}.text`, { title: project.title })}
          okText={t(`swInitiation:plan.${dialog.kind}`)}
          danger={dialog.kind === 'return'}
          withReason={dialog.kind === 'return' ? 'required' : undefined}
          onConfirm={(reason) => planStep(dialog.kind as 'submit' | 'approve' | 'return', dialog.plan, reason)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'start' ? (
        <ConfirmAction
          open
          title={t('swInitiation:start.title')}
          description={t('swInitiation:start.text', { title: project.title })}
          okText={t('swInitiation:start.button')}
          onConfirm={async () => {
            await unwrap(
              api.POST('/api/socialwork/projects/{id}/start', { params: { path: { id: project.id } }, body: { version: project.version } }),
            );
            await changed();
            toast.success(t('swInitiation:start.done'));
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
