import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Grant, UserDetail } from '../../api/types';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { GrantRoleModal } from './GrantRoleModal';
import { useRefreshUser } from './user-queries';

/** A user's roles and the node each holds at (and below); grant and revoke when allowed. */
export function GrantsSection({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshUser();
  const [granting, setGranting] = useState(false);
  const [revoking, setRevoking] = useState<Grant | null>(null);
  const canGrant = user.abilities.grant;
  const roleName = (g: Grant) => t(`roles:builtin.${g.roleCode}`, { defaultValue: g.roleName });

  return (
    <section aria-labelledby="grants-title">
      <div className="section-header">
        <h2 id="grants-title" className="section-title">
          {t('users:grants.title')}
        </h2>
        {canGrant ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setGranting(true)}>
            {t('users:actions.grant')}
          </Button>
        ) : null}
      </div>
      <Table<Grant>
        aria-labelledby="grants-title"
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={user.grants}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="table-empty">{t('users:grants.empty')}</span> }}
        columns={[
          { key: 'role', title: t('users:grants.role'), render: (_, g) => <Tag color="blue">{roleName(g)}</Tag> },
          { key: 'org', title: t('users:grants.org'), render: (_, g) => <Link to={`/orgs/${g.orgId}`}>{g.orgName}</Link> },
          { key: 'since', title: t('users:grants.since'), render: (_, g) => format.date(g.createdAt) },
          ...(canGrant
            ? [
                {
                  key: 'actions',
                  title: t('common:fields.actions'),
                  render: (_: unknown, g: Grant) => (
                    <Button type="link" danger className="table-action" onClick={() => setRevoking(g)}>
                      {t('users:actions.revoke')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {canGrant ? <GrantRoleModal user={user} open={granting} onClose={() => setGranting(false)} /> : null}
      <ConfirmAction
        open={revoking !== null}
        title={t('users:revoke.title')}
        description={revoking ? t('users:revoke.text', { role: roleName(revoking), org: revoking.orgName, name: user.displayName }) : null}
        okText={t('users:actions.revoke')}
        danger
        onClose={() => setRevoking(null)}
        onConfirm={async () => {
          if (!revoking) return;
          await unwrap(api.POST('/api/users/{id}/grants/{grantId}/revoke', { params: { path: { id: user.id, grantId: revoking.id } } }));
          await refresh(user.id);
        }}
      />
    </section>
  );
}
