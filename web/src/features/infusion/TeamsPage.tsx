import './infusion-patients.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { type Team, teamListQuery } from './patient-queries';
import { TeamDialog } from './TeamDialog';

/** 护理团队 (A5.1, A5.8): each centre's and station's nursing teams, the areas they cover and their nurses. */
export function TeamsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const mayManage = useAbility('manageInfusionTeams');
  const teams = useQuery(teamListQuery());
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const items = teams.data?.items;

  const areaTags = (x: Team) => (
    <Space size={[4, 4]} wrap>
      {x.areas.map((a) => (
        <Tag key={a}>{a}</Tag>
      ))}
    </Space>
  );
  const nurses = (x: Team) =>
    x.members.length ? x.members.map((m) => m.displayName).join(t('common:listSeparator')) : t('infusionPatients:teams.noNurses');
  const activeTag = (x: Team) => (
    <Tag className={x.active ? 'infusion-tag-eligible' : 'infusion-tag-off'}>
      {t(x.active ? 'infusionPatients:teams.on' : 'infusionPatients:teams.off')}
    </Tag>
  );
  const editButton = (x: Team) =>
    x.abilities.edit ? (
      <Button size="small" onClick={() => setEditing(x)} aria-label={t('infusionPatients:teams.editOf', { name: x.name })}>
        {t('common:actions.edit')}
      </Button>
    ) : null;

  return (
    <div className="infusion-patients">
      <PageHeader
        title={t('infusionPatients:teams.title')}
        subtitle={t('infusionPatients:teams.subtitle')}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('infusionPatients:teams.new')}
            </Button>
          ) : null
        }
      />
      {teams.isError ? (
        <QueryError error={teams.error} onRetry={() => teams.refetch()} />
      ) : (
        <ResponsiveTable<Team>
          label={t('infusionPatients:teams.title')}
          rowKey="id"
          items={items}
          total={items?.length ?? 0}
          page={1}
          pageSize={100}
          loading={teams.isFetching}
          empty={<Empty description={t('infusionPatients:teams.empty')} />}
          onPageChange={() => undefined}
          columns={[
            { key: 'name', title: t('infusionPatients:teams.name'), dataIndex: 'name' },
            { key: 'org', title: t('infusionPatients:teams.org'), dataIndex: 'orgName' },
            { key: 'areas', title: t('infusionPatients:teams.areas'), render: (_, x) => areaTags(x) },
            { key: 'nurses', title: t('infusionPatients:teams.nurses'), render: (_, x) => nurses(x) },
            { key: 'active', title: t('infusionPatients:teams.active'), render: (_, x) => activeTag(x) },
            { key: 'actions', title: t('common:fields.actions'), render: (_, x) => editButton(x) },
          ]}
          renderCard={(x) => (
            <div>
              <div className="record-card-title">
                <span>{x.name}</span>
                {activeTag(x)}
              </div>
              <div className="record-card-line">{x.orgName}</div>
              <div className="record-card-line">{areaTags(x)}</div>
              <div className="record-card-line">
                {t('infusionPatients:teams.nurses')}: {nurses(x)}
              </div>
              {editButton(x)}
            </div>
          )}
        />
      )}
      {editing ? (
        <TeamDialog
          team={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(created) => toast.success(t(created ? 'infusionPatients:teams.created' : 'infusionPatients:teams.saved'))}
        />
      ) : null}
    </div>
  );
}
