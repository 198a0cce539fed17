import './assessment.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Select, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { annualQuery, criteriaQuery, rewardsQuery, type StaffMember, staffQuery } from './assessment-queries';
import { CriteriaDialog } from './CriteriaDialog';
import { DutyDialog } from './DutyDialog';
import { PersonSheetDrawer } from './PersonSheetDrawer';
import { RewardDialog } from './RewardDialog';

const TABS = ['duties', 'criteria', 'rewards', 'annual'] as const;
type Tab = (typeof TABS)[number];

/**
 * 考核奖惩 (篇一 A1.6) of one node and year: each staff member's posted responsibilities, the criteria with weights,
 * the rewards and penalties, and the year-end assessments. Staff see the responsibilities and criteria, and only
 * their own rewards, penalties and assessment.
 */
export function AssessmentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const scope = useOrgScope();
  const today = useServerToday();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(today.slice(0, 4));
  const orgId = params.get('node') ?? (scope.orgId && !scope.urlOrgInvisible ? scope.orgId : null) ?? me.grants[0]?.orgId ?? me.user.orgId;
  const year = Number(params.get('year')) || thisYear;
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'duties';
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        p.set(key, value);
        return p;
      },
      { replace: true },
    );

  return (
    <div className="assessment">
      <PageHeader title={t('assessment:pages.AssessmentPage')} subtitle={t('assessment:subtitle')} />
      <search className="toolbar">
        <OrgTreeSelect aria-label={t('assessment:filters.node')} value={orgId} onChange={(v) => v && set('node', v)} />
        <Select
          aria-label={t('assessment:filters.year')}
          value={year}
          onChange={(v) => set('year', String(v))}
          options={[0, 1, 2, 3, 4].map((n) => ({ value: thisYear - n, label: String(thisYear - n) }))}
        />
      </search>
      <Tabs
        activeKey={tab}
        onChange={(k) => set('tab', k)}
        items={[
          { key: 'duties', label: t('assessment:tabs.duties'), children: <DutiesTab orgId={orgId} /> },
          { key: 'criteria', label: t('assessment:tabs.criteria'), children: <CriteriaTab orgId={orgId} year={year} /> },
          { key: 'rewards', label: t('assessment:tabs.rewards'), children: <RewardsTab orgId={orgId} year={year} /> },
          { key: 'annual', label: t('assessment:tabs.annual'), children: <AnnualTab orgId={orgId} year={year} /> },
        ]}
      />
    </div>
  );
}

function DutiesTab({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const staff = useQuery(staffQuery(orgId));
  const [posting, setPosting] = useState<StaffMember | null>(null);
  if (staff.isError) return <QueryError error={staff.error} onRetry={() => staff.refetch()} />;
  return (
    <>
      <Table<StaffMember>
        aria-label={t('assessment:tabs.duties')}
        rowKey="userId"
        loading={staff.isFetching}
        dataSource={staff.data?.items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('assessment:staff.empty')} /> }}
        columns={[
          { key: 'name', title: t('assessment:staff.name'), render: (_, s) => s.name },
          { key: 'org', title: t('assessment:staff.org'), render: (_, s) => s.orgName },
          { key: 'post', title: t('assessment:staff.post'), render: (_, s) => s.responsibility?.postTitle ?? t('assessment:staff.none') },
          {
            key: 'duties',
            title: t('assessment:staff.duties'),
            render: (_, s) => <span className="as-duties">{s.responsibility?.duties ?? ''}</span>,
          },
          {
            key: 'posted',
            title: t('assessment:staff.postedOn'),
            render: (_, s) =>
              s.responsibility ? (
                <>
                  {s.responsibility.postedOn} {s.responsibility.postedByName}{' '}
                  <HistoryButton entity="post_responsibility" id={s.responsibility.id} name={s.name} />
                </>
              ) : null,
          },
          ...(staff.data?.mayManage
            ? [
                {
                  key: 'act',
                  title: '',
                  render: (_: unknown, s: StaffMember) => (
                    <Button
                      size="small"
                      onClick={() => setPosting(s)}
                      aria-label={`${t(s.responsibility ? 'assessment:duty.repost' : 'assessment:duty.post')} ${s.name}`}
                    >
                      {t(s.responsibility ? 'assessment:duty.repost' : 'assessment:duty.post')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {posting ? (
        <DutyDialog member={posting} onClose={() => setPosting(null)} onSaved={() => toast.success(t('assessment:duty.saved'))} />
      ) : null}
    </>
  );
}

function CriteriaTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const answer = useQuery(criteriaQuery(orgId, year));
  const [editing, setEditing] = useState(false);
  if (answer.isError) return <QueryError error={answer.error} onRetry={() => answer.refetch()} />;
  if (!answer.data) return null;
  const a = answer.data;
  const c = a?.criteria;
  return (
    <>
      <div className="as-bar">
        <p className="as-hint">
          {c
            ? a?.inherited
              ? t('assessment:criteria.inherited', { org: c.orgName })
              : t('assessment:criteria.setBy', { name: c.setByName, at: format.dateTime(c.setAt) })
            : t('assessment:criteria.none')}
          {c ? <HistoryButton entity="assessment_criteria" id={c.id} name={t('assessment:criteria.title', { year })} /> : null}
        </p>
        {a?.mayManage ? (
          <Button type="primary" onClick={() => setEditing(true)}>
            {t(c && !a.inherited ? 'assessment:criteria.edit' : 'assessment:criteria.set')}
          </Button>
        ) : null}
      </div>
      {c ? (
        <Table
          aria-label={t('assessment:tabs.criteria')}
          rowKey="name"
          pagination={false}
          dataSource={c.items}
          columns={[
            { key: 'name', title: t('assessment:criteria.name'), render: (_, i) => i.name },
            { key: 'weight', title: t('assessment:criteria.weight'), render: (_, i) => `${i.weight}%` },
            { key: 'description', title: t('assessment:criteria.description'), render: (_, i) => i.description },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('assessment:criteria.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{c.items.reduce((s, i) => s + i.weight, 0)}%</Table.Summary.Cell>
              <Table.Summary.Cell index={2} />
            </Table.Summary.Row>
          )}
        />
      ) : null}
      {editing && a ? (
        <CriteriaDialog
          orgId={orgId}
          year={year}
          answer={a}
          onClose={() => setEditing(false)}
          onSaved={() => toast.success(t('assessment:criteria.saved'))}
        />
      ) : null}
    </>
  );
}

function RewardsTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const rewards = useQuery(rewardsQuery(orgId, year));
  const staff = useQuery(staffQuery(orgId));
  const [recording, setRecording] = useState(false);
  if (rewards.isError) return <QueryError error={rewards.error} onRetry={() => rewards.refetch()} />;
  const mayManage = rewards.data?.mayManage;
  return (
    <>
      <div className="as-bar">
        {mayManage === false ? <Alert type="info" showIcon title={t('assessment:rewards.ownOnly')} /> : <span />}
        {mayManage ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
            {t('assessment:rewards.record')}
          </Button>
        ) : null}
      </div>
      <Table
        aria-label={t('assessment:tabs.rewards')}
        rowKey="id"
        loading={rewards.isFetching}
        dataSource={rewards.data?.items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('assessment:rewards.empty')} /> }}
        columns={[
          { key: 'on', title: t('assessment:rewards.occurredOn'), render: (_, r) => r.occurredOn },
          { key: 'person', title: t('assessment:rewards.person'), render: (_, r) => r.userName },
          {
            key: 'kind',
            title: t('assessment:rewards.kind'),
            render: (_, r) => <Tag className={`as-tag as-tag-${r.kind === 'reward' ? 'ok' : 'bad'}`}>{t(`assessment:kind.${r.kind}`)}</Tag>,
          },
          { key: 'reason', title: t('assessment:rewards.reason'), render: (_, r) => r.reason },
          { key: 'measure', title: t('assessment:rewards.measure'), render: (_, r) => r.measure },
          {
            key: 'recorded',
            title: t('assessment:rewards.recorded'),
            render: (_, r) => (
              <>
                {r.recordedByName} {format.dateTime(r.recordedAt)}{' '}
                <HistoryButton entity="reward_penalty" id={r.id} name={`${r.userName} ${r.occurredOn}`} />
              </>
            ),
          },
        ]}
      />
      {recording ? (
        <RewardDialog
          staff={staff.data?.items ?? []}
          onClose={() => setRecording(false)}
          onSaved={() => toast.success(t('assessment:rewards.saved'))}
        />
      ) : null}
    </>
  );
}

function AnnualTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const list = useQuery(annualQuery(orgId, year));
  const [open, setOpen] = useState<string | null>(null);
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  return (
    <>
      {list.data?.mayManage === false ? <Alert type="info" showIcon title={t('assessment:annual.ownOnly')} /> : null}
      <Table
        aria-label={t('assessment:tabs.annual')}
        rowKey="userId"
        loading={list.isFetching}
        dataSource={list.data?.items}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty description={t('assessment:annual.empty')} /> }}
        columns={[
          { key: 'name', title: t('assessment:staff.name'), render: (_, r) => r.name },
          { key: 'org', title: t('assessment:staff.org'), render: (_, r) => r.orgName },
          {
            key: 'total',
            title: t('assessment:annual.total'),
            render: (_, r) => (r.assessment ? (r.assessment.totalTenths / 10).toFixed(1) : t('assessment:annual.notYet')),
          },
          {
            key: 'grade',
            title: t('assessment:annual.grade'),
            render: (_, r) => (r.assessment ? t(`assessment:grade.${r.assessment.grade}`) : ''),
          },
          {
            key: 'by',
            title: t('assessment:annual.assessedBy'),
            render: (_, r) => (r.assessment ? `${r.assessment.assessedByName} ${format.dateTime(r.assessment.assessedAt)}` : ''),
          },
          {
            key: 'act',
            title: '',
            render: (_, r) => {
              const label = list.data?.mayManage && r.userId !== me.user.id ? 'assessment:annual.assess' : 'assessment:annual.view';
              return (
                <Button size="small" onClick={() => setOpen(r.userId)} aria-label={`${t(label)} ${r.name}`}>
                  {t(label)}
                </Button>
              );
            },
          },
        ]}
      />
      {open ? <PersonSheetDrawer userId={open} year={year} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
