import { ApartmentOutlined, EditOutlined, PlusOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { CreateOrgModal } from './CreateOrgModal';
import { MoveOrgModal } from './MoveOrgModal';
import { useRefreshOrgs } from './org-queries';
import { RenameOrgModal } from './RenameOrgModal';

type Dialog = 'create' | 'rename' | 'move' | 'deactivate' | 'activate' | null;

/** The buttons the server's abilities allow on this node, and their dialogs. */
export function OrgActions({ org }: { org: Org }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const refresh = useRefreshOrgs();
  const close = () => setDialog(null);
  const a = org.abilities;

  return (
    <>
      {a.createChild ? (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('create')}>
          {t('orgs:actions.createChild')}
        </Button>
      ) : null}
      {a.rename ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('rename')}>
          {t('orgs:actions.rename')}
        </Button>
      ) : null}
      {a.move ? (
        <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
          {t('orgs:actions.move')}
        </Button>
      ) : null}
      {a.deactivate ? (
        <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setDialog('deactivate')}>
          {t('orgs:actions.deactivate')}
        </Button>
      ) : null}
      {a.activate ? (
        <Button icon={<ApartmentOutlined aria-hidden />} onClick={() => setDialog('activate')}>
          {t('orgs:actions.activate')}
        </Button>
      ) : null}

      <CreateOrgModal parent={org} open={dialog === 'create'} onClose={close} />
      <RenameOrgModal org={org} open={dialog === 'rename'} onClose={close} />
      <MoveOrgModal org={org} open={dialog === 'move'} onClose={close} />
      <ConfirmAction
        open={dialog === 'deactivate'}
        title={t('orgs:deactivate.title', { name: org.name })}
        description={t('orgs:deactivate.text')}
        okText={t('orgs:actions.deactivate')}
        danger
        withReason
        onClose={close}
        onConfirm={async (reason) => {
          await unwrap(api.POST('/api/orgs/{id}/deactivate', { params: { path: { id: org.id } }, body: reason ? { reason } : {} }));
          await refresh();
        }}
      />
      <ConfirmAction
        open={dialog === 'activate'}
        title={t('orgs:activate.title', { name: org.name })}
        description={t('orgs:activate.text')}
        okText={t('orgs:actions.activate')}
        withReason
        onClose={close}
        onConfirm={async (reason) => {
          await unwrap(api.POST('/api/orgs/{id}/activate', { params: { path: { id: org.id } }, body: reason ? { reason } : {} }));
          await refresh();
        }}
      />
    </>
  );
}
