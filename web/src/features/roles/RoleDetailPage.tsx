import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { PermissionList } from './PermissionList';
import { RoleFormModal } from './RoleFormModal';
import { roleQuery } from './role-queries';
import { useRoleName } from './use-role-name';

/** One role and every permission it carries, in plain words; custom roles can be changed. */
export function RoleDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const role = useQuery(roleQuery(id));
  const roleName = useRoleName();
  const [editing, setEditing] = useState(false);

  if (role.isPending) return <Skeleton active />;
  if (role.isError) return <QueryError error={role.error} onRetry={() => role.refetch()} />;
  const r = role.data;
  const name = roleName(r);

  return (
    <>
      <PageHeader
        title={name}
        subtitle={r.builtin ? <Tag>{t('roles:type.builtin')}</Tag> : <Tag color="blue">{t('roles:type.custom')}</Tag>}
        extra={
          <>
            {r.abilities.update ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            <HistoryButton entity="role" id={r.id} name={name} />
          </>
        }
      />
      {r.builtin ? <Alert type="info" showIcon title={t('roles:detail.builtinNote')} className="detail-alert" /> : null}
      <div className="panel">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'name', label: t('roles:fields.name'), children: name },
            { key: 'code', label: t('roles:fields.code'), children: <code>{r.code}</code> },
          ]}
        />
      </div>
      <h2 className="section-title">{t('roles:detail.permissions', { count: r.permissions.length })}</h2>
      <PermissionList value={r.permissions} />
      {r.abilities.update ? <RoleFormModal role={r} open={editing} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
