import './feedback.css';
import { BarChartOutlined, PlusOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility, useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useListParams } from '../../app/ui/use-list-params';
import { FeedbackStateTag } from './FeedbackStateTag';
import {
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_STATES,
  type FeedbackQuery,
  type FeedbackRow,
  feedbackListQuery,
} from './feedback-queries';
import { NewFeedbackDialog } from './NewFeedbackDialog';

const FILTERS = ['org', 'state', 'kind', 'channel', 'overdue'] as const;
const POSTER_KINDS = new Set(['office', 'station', 'centre', 'department']);

const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/** 客户意见 (A4.5): the feedback of the caller's nodes, newest first, with its deadlines; filters in the URL. */
export function FeedbackListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const me = useMe();
  const scope = useOrgScope();
  const canHandle = useAbility('handleFeedback');
  const mayReport = useAbility('feedbackReport');
  const list = useListParams(FILTERS);
  const [search, setSearch] = useState(list.q);
  const [taking, setTaking] = useState(false);
  useEffect(() => setSearch(list.q), [list.q]);
  const f = list.filters;
  const query: FeedbackQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.q ? { q: list.q } : {}),
    ...(f.org ? { orgId: f.org } : {}),
    ...(pick(FEEDBACK_STATES, f.state) ? { state: pick(FEEDBACK_STATES, f.state) } : {}),
    ...(pick(FEEDBACK_KINDS, f.kind) ? { kind: pick(FEEDBACK_KINDS, f.kind) } : {}),
    ...(pick(FEEDBACK_CHANNELS, f.channel) ? { channel: pick(FEEDBACK_CHANNELS, f.channel) } : {}),
    ...(f.overdue === 'true' ? { overdue: 'true' as const } : {}),
  };
  const items = useQuery(feedbackListQuery(query));
  const filtered = Boolean(list.q || f.org || f.state || f.kind || f.channel || f.overdue);
  const posterNode =
    [f.org, scope.orgId].map((id) => (id ? scope.orgs.byId.get(id) : undefined)).find((o) => o && POSTER_KINDS.has(o.kind)) ??
    scope.orgs.list.find((o) => o.kind === 'office' || o.kind === 'department');
  const kindOptions = FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`feedback:kinds.${k}`) }));

  return (
    <div className="feedback">
      <PageHeader
        title={t('feedback:list.title')}
        subtitle={t('feedback:list.subtitle')}
        extra={
          <Space wrap>
            {mayReport ? (
              <Button icon={<BarChartOutlined aria-hidden />} onClick={() => navigate('/feedback/report')}>
                {t('feedback:report.title')}
              </Button>
            ) : null}
            {canHandle && posterNode ? (
              <Button
                icon={<QrcodeOutlined aria-hidden />}
                href={`/notice/feedback/${me.tenant.id}/${posterNode.id}`}
                target="_blank"
                rel="noopener"
              >
                {t('feedback:actions.poster')}
              </Button>
            ) : null}
            {canHandle ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setTaking(true)}>
                {t('feedback:actions.new')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('feedback:list.search')}
          placeholder={t('feedback:list.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() || null })}
        />
        <OrgTreeSelect
          aria-label={t('feedback:fields.office')}
          placeholder={t('feedback:fields.office')}
          value={f.org}
          onChange={(v) => list.update({ org: v ?? null })}
          allowClear
        />
        <Select
          aria-label={t('feedback:fields.state')}
          placeholder={t('feedback:fields.state')}
          allowClear
          value={pick(FEEDBACK_STATES, f.state)}
          onChange={(v) => list.update({ state: v ?? null })}
          options={FEEDBACK_STATES.map((s) => ({ value: s, label: t(`feedback:states.${s}`) }))}
        />
        <Select
          aria-label={t('feedback:fields.kind')}
          placeholder={t('feedback:fields.kind')}
          allowClear
          value={pick(FEEDBACK_KINDS, f.kind)}
          onChange={(v) => list.update({ kind: v ?? null })}
          options={kindOptions}
        />
        <Select
          aria-label={t('feedback:fields.channel')}
          placeholder={t('feedback:fields.channel')}
          allowClear
          value={pick(FEEDBACK_CHANNELS, f.channel)}
          onChange={(v) => list.update({ channel: v ?? null })}
          options={FEEDBACK_CHANNELS.map((c) => ({ value: c, label: t(`feedback:channels.${c}`) }))}
        />
        <Select
          aria-label={t('feedback:list.deadline')}
          placeholder={t('feedback:list.deadline')}
          allowClear
          value={f.overdue === 'true' ? 'true' : undefined}
          onChange={(v) => list.update({ overdue: v ?? null })}
          options={[{ value: 'true', label: t('feedback:list.overdueOnly') }]}
        />
      </search>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <ResponsiveTable<FeedbackRow>
          label={t('feedback:list.title')}
          rowKey="id"
          items={items.data?.items}
          total={items.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={items.isFetching}
          empty={<Empty description={t(filtered ? 'feedback:list.noMatch' : 'feedback:list.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            { key: 'number', title: t('feedback:fields.number'), render: (_, r) => <Link to={`/feedback/${r.id}`}>{r.number}</Link> },
            { key: 'kind', title: t('feedback:fields.kind'), render: (_, r) => t(`feedback:kinds.${r.kind}`) },
            { key: 'channel', title: t('feedback:fields.channel'), render: (_, r) => t(`feedback:channels.${r.channel}`) },
            { key: 'customer', title: t('feedback:fields.customer'), render: (_, r) => `${r.customerName} ${r.customerPhone ?? ''}` },
            { key: 'received', title: t('feedback:fields.receivedAt'), render: (_, r) => format.dateTime(r.receivedAt) },
            { key: 'state', title: t('feedback:fields.state'), render: (_, r) => <FeedbackStateTag feedback={r} /> },
            {
              key: 'due',
              title: t('feedback:fields.due'),
              render: (_, r) => format.dateTime(r.firstReplyAt ? r.outcomeDueAt : r.replyDueAt),
            },
            { key: 'office', title: t('feedback:fields.office'), dataIndex: 'officeName' },
          ]}
          renderCard={(r) => (
            <Link to={`/feedback/${r.id}`} className="record-card-link">
              <div className="record-card-title">
                <span>{r.number}</span>
                <FeedbackStateTag feedback={r} />
              </div>
              <div className="record-card-line">
                {t(`feedback:kinds.${r.kind}`)} · {t(`feedback:channels.${r.channel}`)} · {r.customerName}
              </div>
              <div className="record-card-line">
                {r.officeName} · {format.dateTime(r.receivedAt)}
              </div>
            </Link>
          )}
        />
      )}
      {taking ? (
        <NewFeedbackDialog officeId={posterNode?.id} onClose={() => setTaking(false)} onTaken={(id) => navigate(`/feedback/${id}`)} />
      ) : null}
    </div>
  );
}
