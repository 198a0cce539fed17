import './meetings.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { DoneDialog } from './DoneDialog';
import { ACTION_FILTERS, type ActionFilter, type ActionItem, actionListQuery } from './meeting-queries';
import { ActionStateTag } from './StateTag';

/** 议定事项 (A1.2): the decisions of the meetings followed to done — open, overdue, the caller's own, or all. */
export function ActionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('filter') as ActionFilter | null;
  const filter: ActionFilter = asked && ACTION_FILTERS.includes(asked) ? asked : 'open';
  const list = useQuery(actionListQuery(filter));
  const [done, setDone] = useState<ActionItem | null>(null);
  const doneButton = (a: ActionItem) =>
    a.abilities.markDone ? (
      <Button type="link" size="small" onClick={() => setDone(a)} aria-label={t('meetings:action.markDoneOf', { text: a.text })}>
        {t('meetings:action.markDone')}
      </Button>
    ) : null;

  return (
    <div className="meetings">
      <PageHeader title={t('meetings:pages.actions')} subtitle={t('meetings:pages.actionsHint')} />
      <search className="toolbar">
        <Segmented<ActionFilter>
          aria-label={t('meetings:action.filter')}
          value={filter}
          options={ACTION_FILTERS.map((f) => ({ value: f, label: t(`meetings:filter.${f}`) }))}
          onChange={(f) => setParams({ filter: f })}
        />
      </search>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <ResponsiveTable<ActionItem>
          label={t('meetings:pages.actions')}
          rowKey="id"
          items={list.data?.items}
          total={list.data?.items.length ?? 0}
          whole
          loading={list.isFetching}
          empty={<Empty description={t('meetings:action.none')} />}
          columns={[
            { key: 'text', title: t('meetings:fields.action'), render: (_, a) => a.text },
            { key: 'owner', title: t('meetings:fields.owner'), render: (_, a) => a.ownerName },
            { key: 'due', title: t('meetings:fields.dueOn'), render: (_, a) => a.dueOn },
            { key: 'state', title: t('meetings:fields.state'), render: (_, a) => <ActionStateTag a={a} /> },
            {
              key: 'meeting',
              title: t('meetings:fields.meeting'),
              render: (_, a) => <Link to={`/workstation/meetings/${a.meetingId}`}>{`${a.orgName} ${a.meetingHeldOn ?? ''}`}</Link>,
            },
            { key: 'note', title: t('meetings:action.note'), render: (_, a) => a.doneNote ?? '' },
            { key: 'do', title: t('common:fields.actions'), render: (_, a) => doneButton(a) },
          ]}
          renderCard={(a) => (
            <div>
              <div className="record-card-title">{a.text}</div>
              <div className="record-card-line">
                <ActionStateTag a={a} /> {a.ownerName} · {t('meetings:fields.dueOn')} {a.dueOn}
              </div>
              <div className="record-card-line">{doneButton(a)}</div>
            </div>
          )}
        />
      )}
      {done ? <DoneDialog action={done} onClose={() => setDone(null)} /> : null}
    </div>
  );
}
