import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { HistoryButton } from '../history/HistoryButton';
import { SessionDialog } from './SessionDialog';
import { type Session, sessionsQuery, yearBounds } from './training-queries';

/** 培训记录: the sessions the node held in the year, with who taught, where, how long and who attended. */
export function SessionsTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const mayManage = useAbility('manageTraining');
  const sessions = useQuery(sessionsQuery({ orgId, ...yearBounds(year) }));
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  if (sessions.isError) return <QueryError error={sessions.error} onRetry={() => sessions.refetch()} />;
  const items = sessions.data?.items;
  const names = (s: Session) => s.attendees.map((a) => a.name).join(t('common:listSeparator'));

  return (
    <div>
      {mayManage ? (
        <Space className="toolbar">
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('training:session.new')}
          </Button>
        </Space>
      ) : null}
      <ResponsiveTable<Session>
        label={t('training:tabs.sessions')}
        rowKey="id"
        items={items}
        total={items?.length ?? 0}
        whole
        loading={sessions.isFetching}
        empty={<Empty description={t('training:session.empty')} />}
        columns={[
          { key: 'heldOn', title: t('training:session.heldOn'), render: (_, s) => s.heldOn },
          { key: 'topic', title: t('training:session.topic'), render: (_, s) => s.topic },
          { key: 'kind', title: t('training:session.kind'), render: (_, s) => t(`training:kinds.${s.kind}`) },
          { key: 'trainer', title: t('training:session.trainer'), render: (_, s) => s.trainer },
          { key: 'place', title: t('training:session.place'), render: (_, s) => s.place },
          { key: 'hours', title: t('training:session.hours'), align: 'right', render: (_, s) => s.hours },
          { key: 'attendees', title: t('training:session.attendees'), render: (_, s) => names(s) },
          { key: 'planItem', title: t('training:session.planItem'), render: (_, s) => s.planItemTopic ?? t('common:empty') },
          {
            key: 'actions',
            title: t('common:fields.actions'),
            render: (_, s) => (
              <Space>
                {s.abilities.edit ? (
                  <Button size="small" onClick={() => setEditing(s)}>
                    {t('training:session.edit')}
                  </Button>
                ) : null}
                <HistoryButton entity="training_session" id={s.id} name={`${s.heldOn} ${s.topic}`} />
              </Space>
            ),
          },
        ]}
        renderCard={(s) => (
          <div>
            <div className="record-card-title">
              {s.heldOn} · {s.topic}
            </div>
            <div className="record-card-line">
              {s.trainer} · {s.place} · {s.hours} h
            </div>
            <div className="record-card-line">
              {t('training:session.attendees')}
              {t('common:labelSeparator')}
              {names(s)}
            </div>
            {s.abilities.edit ? (
              <Button size="small" onClick={() => setEditing(s)}>
                {t('training:session.edit')}
              </Button>
            ) : null}
          </div>
        )}
      />
      {editing ? (
        <SessionDialog orgId={orgId} year={year} session={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
