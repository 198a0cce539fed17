import './socialwork.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { ProjectDialog } from './ProjectDialog';
import { ProjectStateTag } from './ProjectStateTag';
import { PROJECT_STATES, type Project, type ProjectQuery, projectListQuery } from './project-queries';

const FILTERS = ['state'] as const;

/** 社工项目 (A3): the projects of the caller's centres and stations, their stage, executor and supervisor; 新建项目. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const format = useFormat();
  const mayOpen = useAbility('executeSocialwork');
  const scope = useOrgScope();
  const list = useListParams(FILTERS, {});
  const state = PROJECT_STATES.find((s) => s === list.filters.state);
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const query: ProjectQuery = {
    ...(list.q ? { q: list.q } : {}),
    ...(scope.orgId && !scope.urlOrgInvisible ? { orgId: scope.orgId } : {}),
    ...(state ? { state } : {}),
  };
  const projects = useQuery(projectListQuery(query));
  const [creating, setCreating] = useState(false);
  const link = (p: Project) => <Link to={`/socialwork/projects/${p.id}`}>{p.title}</Link>;

  return (
    <div className="socialwork">
      <PageHeader
        title={t('socialwork:projects.title')}
        subtitle={t('socialwork:projects.subtitle')}
        extra={
          mayOpen ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('socialwork:project.new')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('socialwork:projects.search')}
          placeholder={t('socialwork:projects.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => list.update({ q: v.trim() })}
        />
        <Select
          aria-label={t('socialwork:fields.state')}
          placeholder={t('socialwork:fields.state')}
          allowClear
          value={state}
          onChange={(v) => list.update({ state: v ?? null })}
          options={PROJECT_STATES.map((s) => ({ value: s, label: t(`socialwork:state.${s}`) }))}
        />
      </search>
      {projects.isError ? (
        <QueryError error={projects.error} onRetry={() => projects.refetch()} />
      ) : (
        <ResponsiveTable<Project>
          label={t('socialwork:projects.title')}
          rowKey="id"
          items={projects.data?.items}
          total={projects.data?.items.length ?? 0}
          whole
          loading={projects.isFetching}
          empty={<Empty description={t(list.q || state ? 'socialwork:projects.noMatch' : 'socialwork:projects.empty')} />}
          onTableChange={list.onTableChange}
          columns={[
            { key: 'number', title: t('socialwork:fields.number'), render: (_, p) => p.number },
            { key: 'title', title: t('socialwork:fields.title'), render: (_, p) => link(p) },
            { key: 'org', title: t('socialwork:fields.org'), render: (_, p) => p.orgName },
            { key: 'executor', title: t('socialwork:fields.executor'), render: (_, p) => p.executorName },
            { key: 'supervisor', title: t('socialwork:fields.supervisor'), render: (_, p) => p.supervisorName },
            { key: 'state', title: t('socialwork:fields.state'), render: (_, p) => <ProjectStateTag state={p.state} /> },
            { key: 'createdAt', title: t('common:fields.createdAt'), render: (_, p) => format.date(p.createdAt) },
          ]}
          renderCard={(p) => (
            <div>
              <div className="record-card-title">{link(p)}</div>
              <div className="record-card-line">
                {p.number} · <ProjectStateTag state={p.state} />
              </div>
              <div className="record-card-line">
                {p.orgName} · {p.executorName}
              </div>
            </div>
          )}
        />
      )}
      {creating ? (
        <ProjectDialog
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            toast.success(t('socialwork:project.created', { number: p.number }));
            navigate(`/socialwork/projects/${p.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
