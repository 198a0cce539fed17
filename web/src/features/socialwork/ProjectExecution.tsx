import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Empty, Skeleton, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { ChangeDecisionDialog } from './ChangeDecisionDialog';
import { ChangeRequestDialog } from './ChangeRequestDialog';
import { type ChangeRequest, type Execution, executionQuery, type Feedback, type ProgressItem } from './execution-queries';
import { FeedbackDialog, ReplyDialog, SummaryDialog } from './FeedbackDialogs';
import { PersonDialog } from './PersonDialog';
import { ProgressItemDialog } from './ProgressItemDialog';
import { ChangesSection } from './ProjectChanges';
import { Section } from './ProjectSection';
import { PublicityDialog } from './PublicityDialog';
import { type Project, useSocialworkChanged } from './project-queries';

type Dialog =
  | { kind: 'item'; item?: ProgressItem }
  | { kind: 'person' }
  | { kind: 'publicity' }
  | { kind: 'change' }
  | { kind: 'decide'; change: ChangeRequest; role: 'supervisor' | 'head' }
  | { kind: 'feedback' }
  | { kind: 'reply'; feedback: Feedback }
  | { kind: 'summary' }
  | { kind: 'closeOut' }
  | { kind: 'close' };

/** AA-readable tag colours (antd's preset green and gold are too light on white). */
const _STATE_CLASS = { pending: 'sw-tag sw-tag-warn', approved: 'sw-tag sw-tag-ok', rejected: 'sw-tag sw-tag-bad' } as const;

/** The execution tab of a project: progress plan, people and training, publicity, change requests, closure (A3.4). */
export function ProjectExecution({ project }: { project: Project }) {
  const { t } = useTranslation();
  const query = useQuery(executionQuery(project.id));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const changed = useSocialworkChanged();

  if (query.isPending) return <Skeleton active />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  const x = query.data;
  const running = project.state === 'running' && project.abilities.execute;
  const closing = project.state === 'closing' && project.abilities.execute;

  return (
    <div className="sw-execution">
      <ProgressSection x={x} editable={running} open={setDialog} />
      <PeopleSection x={x} editable={running} open={setDialog} />
      <PublicitySection x={x} editable={running} open={setDialog} />
      <ChangesSection
        project={project}
        x={x}
        onRequest={() => setDialog({ kind: 'change' })}
        onDecide={(change, role) => setDialog({ kind: 'decide', change, role })}
      />
      <ClosureSection project={project} x={x} running={running} closing={closing} open={setDialog} />

      {dialog?.kind === 'item' && x.planInForce ? (
        <ProgressItemDialog projectId={project.id} plan={x.planInForce.content} item={dialog.item} onClose={close} />
      ) : null}
      {dialog?.kind === 'person' ? <PersonDialog projectId={project.id} candidates={x.staffCandidates} onClose={close} /> : null}
      {dialog?.kind === 'publicity' ? <PublicityDialog projectId={project.id} onClose={close} /> : null}
      {dialog?.kind === 'change' && x.planInForce ? (
        <ChangeRequestDialog projectId={project.id} basePlanId={x.planInForce.id} plan={x.planInForce.content} onClose={close} />
      ) : null}
      {dialog?.kind === 'decide' ? (
        <ChangeDecisionDialog
          change={dialog.change}
          role={dialog.role}
          base={x.planInForce?.id === dialog.change.basePlanId ? x.planInForce.content : undefined}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'feedback' ? <FeedbackDialog projectId={project.id} onClose={close} /> : null}
      {dialog?.kind === 'reply' ? <ReplyDialog feedback={dialog.feedback} onClose={close} /> : null}
      {dialog?.kind === 'summary' ? <SummaryDialog project={project} onClose={close} /> : null}
      <ConfirmAction
        open={dialog?.kind === 'closeOut'}
        title={t('swExecution:closure.closeOut')}
        description={t('swExecution:closure.closeOutHelp')}
        okText={t('swExecution:closure.closeOut')}
        onClose={close}
        onConfirm={async () => {
          await unwrap(
            api.POST('/api/socialwork/projects/{id}/close-out', {
              params: { path: { id: project.id } },
              body: { version: project.version },
            }),
          );
          await changed();
        }}
      />
      <ConfirmAction
        open={dialog?.kind === 'close'}
        title={t('swExecution:closure.close')}
        description={t('swExecution:closure.closeHelp')}
        okText={t('swExecution:closure.close')}
        onClose={close}
        onConfirm={async () => {
          await unwrap(
            api.POST('/api/socialwork/projects/{id}/close', { params: { path: { id: project.id } }, body: { version: project.version } }),
          );
          await changed();
        }}
      />
    </div>
  );
}

type Open = (d: Dialog) => void;

function ProgressSection({ x, editable, open }: { x: Execution; editable: boolean; open: Open }) {
  const { t } = useTranslation();
  return (
    <Section
      id="sw-progress"
      title={t('swExecution:progress.title')}
      extra={
        editable && x.planInForce ? (
          <Button type="primary" onClick={() => open({ kind: 'item' })}>
            {t('swExecution:progress.add')}
          </Button>
        ) : null
      }
    >
      {x.planInForce ? <p className="sw-hint">{t('swExecution:progress.fromPlan', { version: x.planInForce.versionNo })}</p> : null}
      <Table<ProgressItem>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={x.progressItems}
        locale={{ emptyText: <Empty description={t('swExecution:progress.empty')} /> }}
        columns={[
          {
            key: 'title',
            title: t('swExecution:progress.activity'),
            render: (_, r) => t('common:aside', { text: r.title, aside: t(`swExecution:methods.${r.method}`) }),
          },
          { key: 'due', title: t('swExecution:progress.dueOn'), dataIndex: 'dueOn' },
          {
            key: 'done',
            title: t('swExecution:progress.doneOn'),
            render: (_, r) =>
              r.doneOn ? <Tag className="sw-tag sw-tag-ok">{r.doneOn}</Tag> : <Tag>{t('swExecution:progress.notDone')}</Tag>,
          },
          { key: 'note', title: t('swExecution:fields.note'), dataIndex: 'note' },
          {
            key: 'actions',
            title: t('common:fields.actions'),
            render: (_, r) => (
              <Space>
                {editable ? (
                  <Button
                    size="small"
                    onClick={() => open({ kind: 'item', item: r })}
                    aria-label={t('swExecution:progress.editOf', { title: r.title, date: r.dueOn })}
                  >
                    {t('common:actions.edit')}
                  </Button>
                ) : null}
                <HistoryButton entity="sw_progress_item" id={r.id} name={r.title} />
              </Space>
            ),
          },
        ]}
      />
    </Section>
  );
}

function PeopleSection({ x, editable, open }: { x: Execution; editable: boolean; open: Open }) {
  const { t } = useTranslation();
  return (
    <Section
      id="sw-people"
      title={t('swExecution:people.title')}
      extra={editable ? <Button onClick={() => open({ kind: 'person' })}>{t('swExecution:people.add')}</Button> : null}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={x.people}
        locale={{ emptyText: <Empty description={t('swExecution:people.empty')} /> }}
        columns={[
          { key: 'name', title: t('swExecution:people.name'), dataIndex: 'name' },
          { key: 'kind', title: t('swExecution:people.kind'), render: (_, r) => t(`swExecution:people.kinds.${r.kind}`) },
          { key: 'role', title: t('swExecution:people.role'), dataIndex: 'role' },
          { key: 'phone', title: t('swExecution:people.phone'), dataIndex: 'phone' },
          {
            key: 'training',
            title: t('swExecution:people.training'),
            render: (_, r) => [r.trainedOn, r.training].filter(Boolean).join(' '),
          },
        ]}
      />
    </Section>
  );
}

function PublicitySection({ x, editable, open }: { x: Execution; editable: boolean; open: Open }) {
  const { t } = useTranslation();
  return (
    <Section
      id="sw-publicity"
      title={t('swExecution:publicity.title')}
      extra={editable ? <Button onClick={() => open({ kind: 'publicity' })}>{t('swExecution:publicity.add')}</Button> : null}
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={x.publicity}
        locale={{ emptyText: <Empty description={t('swExecution:publicity.empty')} /> }}
        columns={[
          { key: 'heldOn', title: t('swExecution:publicity.heldOn'), dataIndex: 'heldOn' },
          { key: 'channel', title: t('swExecution:publicity.channel'), dataIndex: 'channel' },
          { key: 'description', title: t('swExecution:publicity.description'), dataIndex: 'description' },
          { key: 'reach', title: t('swExecution:publicity.reach'), render: (_, r) => r.reach ?? t('common:empty') },
        ]}
      />
    </Section>
  );
}

function ClosureSection({
  project,
  x,
  running,
  closing,
  open,
}: {
  project: Project;
  x: Execution;
  running: boolean;
  closing: boolean;
  open: Open;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section
      id="sw-closure"
      title={t('swExecution:closure.title')}
      extra={
        <Space wrap>
          {running ? <Button onClick={() => open({ kind: 'closeOut' })}>{t('swExecution:closure.closeOut')}</Button> : null}
          {closing ? (
            <>
              <Button onClick={() => open({ kind: 'feedback' })}>{t('swExecution:closure.addFeedback')}</Button>
              <Button onClick={() => open({ kind: 'summary' })}>{t('swExecution:closure.writeSummary')}</Button>
              <Button type="primary" onClick={() => open({ kind: 'close' })}>
                {t('swExecution:closure.close')}
              </Button>
            </>
          ) : null}
        </Space>
      }
    >
      {project.state === 'initiating' || project.state === 'running' ? <p className="sw-hint">{t('swExecution:closure.notYet')}</p> : null}
      {x.feedback.length ? (
        <Table<Feedback>
          size="small"
          rowKey="id"
          pagination={false}
          scroll={{ x: true }}
          dataSource={x.feedback}
          columns={[
            {
              key: 'from',
              title: t('swExecution:closure.fromName'),
              render: (_, r) => t('common:aside', { text: r.fromName, aside: t(`swExecution:closure.sources.${r.source}`) }),
            },
            { key: 'on', title: t('swExecution:closure.receivedOn'), dataIndex: 'receivedOn' },
            { key: 'content', title: t('swExecution:closure.content'), dataIndex: 'content' },
            {
              key: 'reply',
              title: t('swExecution:closure.reply'),
              render: (_, r) =>
                r.reply ? (
                  t('common:aside', {
                    text: r.reply,
                    aside: [r.repliedByName, r.repliedAt ? format.date(r.repliedAt) : ''].filter(Boolean).join(' '),
                  })
                ) : (
                  <Tag className="sw-tag sw-tag-warn">{t('swExecution:closure.unanswered')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('common:fields.actions'),
              render: (_, r) =>
                closing ? (
                  <Button
                    size="small"
                    onClick={() => open({ kind: 'reply', feedback: r })}
                    aria-label={t('swExecution:closure.replyTo', { name: r.fromName })}
                  >
                    {t('swExecution:closure.replyAction')}
                  </Button>
                ) : null,
            },
          ]}
        />
      ) : project.state !== 'initiating' && project.state !== 'running' ? (
        <Empty description={t('swExecution:closure.noFeedback')} />
      ) : null}
      {project.summary ? (
        <Descriptions
          size="small"
          column={1}
          items={[{ key: 'summary', label: t('swExecution:closure.summary'), children: project.summary }]}
        />
      ) : null}
    </Section>
  );
}
