import './socialwork.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { ProjectActivities } from './ProjectActivities';
import { ProjectControl } from './ProjectControl';
import { ProjectDialog } from './ProjectDialog';
import { ProjectExecution } from './ProjectExecution';
import { ProjectInitiation } from './ProjectInitiation';
import { ProjectStateTag } from './ProjectStateTag';
import { projectQuery } from './project-queries';

const TABS = ['initiation', 'execution', 'activities', 'control'] as const;

/**
 * 项目详情: who runs and supervises the project and its stage; then its tabs — 立项 (survey, plan, agreements, A3.3),
 * 实施 (progress plan, people, publicity, changes, closure, A3.4), 活动 (activity plans and briefs, A3.4) and 监控
 * (monthly checks, supervision and opinions, A3.5). The open tab is kept in the URL.
 */
export function ProjectPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const project = useQuery(projectQuery(id));
  const [editing, setEditing] = useState(false);

  if (project.isPending) return <Skeleton active />;
  if (project.isError) return <QueryError error={project.error} onRetry={() => project.refetch()} />;
  const p = project.data;
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'initiation';

  return (
    <div className="socialwork">
      <PageHeader
        title={p.title}
        subtitle={`${p.number} · ${p.orgName}`}
        extra={
          <Space wrap>
            <ProjectStateTag state={p.state} />
            {p.abilities.execute && p.state !== 'closed' ? (
              <Button onClick={() => setEditing(true)} title={t('socialwork:project.editOf', { title: p.title })}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            <HistoryButton entity="sw_project" id={p.id} name={p.title} />
          </Space>
        }
      />
      <section className="panel" aria-labelledby="project-facts">
        <h2 id="project-facts" className="card-heading">
          {t('socialwork:pages.ProjectPage')}
        </h2>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'number', label: t('socialwork:fields.number'), children: p.number },
            { key: 'org', label: t('socialwork:fields.org'), children: p.orgName },
            { key: 'executor', label: t('socialwork:fields.executor'), children: p.executorName },
            { key: 'supervisor', label: t('socialwork:fields.supervisor'), children: p.supervisorName },
            {
              key: 'startedAt',
              label: t('socialwork:fields.startedAt'),
              children: p.startedAt ? format.date(p.startedAt) : t('common:empty'),
            },
            { key: 'closedAt', label: t('socialwork:fields.closedAt'), children: p.closedAt ? format.date(p.closedAt) : t('common:empty') },
          ]}
        />
      </section>
      <Tabs
        className="sw-section"
        activeKey={tab}
        onChange={(k) => setParams((q) => ({ ...Object.fromEntries(q), tab: k }), { replace: true })}
        items={[
          { key: 'initiation', label: t('socialwork:tabs.initiation'), children: <ProjectInitiation project={p} /> },
          { key: 'execution', label: t('socialwork:tabs.execution'), children: <ProjectExecution project={p} /> },
          { key: 'activities', label: t('socialwork:tabs.activities'), children: <ProjectActivities project={p} /> },
          { key: 'control', label: t('socialwork:tabs.control'), children: <ProjectControl project={p} /> },
        ]}
      />
      {editing ? (
        <ProjectDialog project={p} onClose={() => setEditing(false)} onSaved={() => toast.success(t('socialwork:project.saved'))} />
      ) : null}
    </div>
  );
}
