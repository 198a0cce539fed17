import { CheckCircleOutlined, EditOutlined, KeyOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { StatusTag } from '../../app/ui/StatusTag';
import { HistoryButton } from '../history/HistoryButton';
import { EditUserModal } from './EditUserModal';
import { GrantsSection } from './GrantsSection';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useRefreshUser, userQuery } from './user-queries';

type Dialog = 'edit' | 'reset' | 'deactivate' | 'activate' | null;

/** One user: their details, their roles and where they hold them, and the actions the server allows. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useQuery(userQuery(id));
  const format = useFormat();
  const refresh = useRefreshUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  if (user.isPending) return <Skeleton active />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => user.refetch()} />;
  const u = user.data;
  const a = u.abilities;

  return (
    <>
      <PageHeader
        title={u.displayName}
        subtitle={
          <>
            <StatusTag active={u.active} /> {u.username}
          </>
        }
        extra={
          <>
            {a.update ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
            {a.resetPassword ? (
              <Button icon={<KeyOutlined aria-hidden />} onClick={() => setDialog('reset')}>
                {t('users:actions.resetPassword')}
              </Button>
            ) : null}
            {a.deactivate ? (
              <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setDialog('deactivate')}>
                {t('users:actions.deactivate')}
              </Button>
            ) : null}
            {a.activate ? (
              <Button icon={<CheckCircleOutlined aria-hidden />} onClick={() => setDialog('activate')}>
                {t('users:actions.activate')}
              </Button>
            ) : null}
            <HistoryButton entity="user" id={u.id} name={u.displayName} />
          </>
        }
      />
      {u.mustChangePassword ? <Alert type="info" showIcon title={t('users:detail.mustChangePassword')} className="detail-alert" /> : null}
      <div className="panel">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'displayName', label: t('users:fields.displayName'), children: u.displayName },
            { key: 'username', label: t('users:fields.username'), children: u.username },
            { key: 'org', label: t('users:fields.org'), children: <Link to={`/orgs/${u.orgId}`}>{u.orgName}</Link> },
            { key: 'phone', label: t('users:fields.phone'), children: u.phone ?? t('common:empty') },
            { key: 'licenceNo', label: t('users:fields.licenceNo'), children: u.licenceNo ?? t('common:empty') },
            { key: 'status', label: t('common:fields.status'), children: <StatusTag active={u.active} /> },
            { key: 'createdAt', label: t('common:fields.createdAt'), children: format.dateTime(u.createdAt) },
          ]}
        />
      </div>
      <GrantsSection user={u} />

      {a.update ? <EditUserModal user={u} open={dialog === 'edit'} onClose={close} /> : null}
      {a.resetPassword ? <ResetPasswordModal user={u} open={dialog === 'reset'} onClose={close} /> : null}
      <ConfirmAction
        open={dialog === 'deactivate'}
        title={t('users:deactivate.title', { name: u.displayName })}
        description={t('users:deactivate.text')}
        okText={t('users:actions.deactivate')}
        danger
        withReason
        onClose={close}
        onConfirm={async (reason) => {
          await unwrap(api.POST('/api/users/{id}/deactivate', { params: { path: { id: u.id } }, body: reason ? { reason } : {} }));
          await refresh(u.id);
        }}
      />
      <ConfirmAction
        open={dialog === 'activate'}
        title={t('users:activate.title', { name: u.displayName })}
        description={t('users:activate.text')}
        okText={t('users:actions.activate')}
        withReason
        onClose={close}
        onConfirm={async (reason) => {
          await unwrap(api.POST('/api/users/{id}/activate', { params: { path: { id: u.id } }, body: reason ? { reason } : {} }));
          await refresh(u.id);
        }}
      />
    </>
  );
}
