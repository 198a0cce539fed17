import { EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import type { Agreement } from './agreement-model';
import { useAgreementCommand } from './agreement-queries';
import { ReasonModal } from './ReasonModal';
import { SignAgreementDialog } from './SignAgreementDialog';

type Dialog = 'sign' | 'approve' | 'activate' | 'end' | 'terminate' | null;

/** The agreement's buttons: exactly what `abilities` allows; irreversible steps ask first (and why). */
export function AgreementActions({ agreement: a }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const send = useAgreementCommand(a);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const params = { path: { id: a.id } };
  const printUrl = `/api/agreements/${a.id}/print${i18n.language === 'en' ? '?lang=en' : ''}`;
  const primary = a.abilities.approvePrice && a.negotiated && !a.priceApprovedAt ? 'approve' : a.abilities.sign ? 'sign' : 'activate';

  return (
    <>
      {a.abilities.edit ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => navigate(`/agreements/${a.id}/edit`)}>
          {t('agreements:actions.edit')}
        </Button>
      ) : null}
      {a.abilities.approvePrice && a.negotiated && !a.priceApprovedAt ? (
        <Button type={primary === 'approve' ? 'primary' : 'default'} onClick={() => setDialog('approve')}>
          {t('agreements:actions.approvePrice')}
        </Button>
      ) : null}
      {a.abilities.sign ? (
        <Button type={primary === 'sign' ? 'primary' : 'default'} onClick={() => setDialog('sign')}>
          {t('agreements:actions.sign')}
        </Button>
      ) : null}
      {a.abilities.activate ? (
        <Button type="primary" onClick={() => setDialog('activate')}>
          {t('agreements:actions.activate')}
        </Button>
      ) : null}
      {a.abilities.end ? (
        <Button danger onClick={() => setDialog('end')}>
          {t('agreements:actions.end')}
        </Button>
      ) : null}
      {a.abilities.terminate ? (
        <Button danger onClick={() => setDialog('terminate')}>
          {t('agreements:actions.terminate')}
        </Button>
      ) : null}
      <Button icon={<PrinterOutlined aria-hidden />} href={printUrl} target="_blank" rel="noopener">
        {t('agreements:actions.print')}
      </Button>
      <HistoryButton entity="agreement" id={a.id} name={a.number} />

      {a.abilities.sign ? <SignAgreementDialog agreement={a} open={dialog === 'sign'} onClose={close} /> : null}
      <ConfirmAction
        open={dialog === 'approve'}
        title={t('agreements:dialogs.approve.title', { number: a.number })}
        description={t('agreements:dialogs.approve.text')}
        okText={t('agreements:actions.approvePrice')}
        onClose={close}
        onConfirm={async () => {
          await send((version) => api.POST('/api/agreements/{id}/approve-price', { params, body: { version } }));
          toast.success(t('agreements:dialogs.approve.done'));
        }}
      />
      <ConfirmAction
        open={dialog === 'activate'}
        title={t('agreements:dialogs.activate.title', { number: a.number })}
        description={t('agreements:dialogs.activate.text')}
        okText={t('agreements:actions.activate')}
        onClose={close}
        onConfirm={async () => {
          const next = await send((version) => api.POST('/api/agreements/{id}/activate', { params, body: { version } }));
          toast.success(t('agreements:dialogs.activate.done', { count: next.visits.length }));
        }}
      />
      {(['end', 'terminate'] as const).map((kind) => (
        <ReasonModal
          key={kind}
          open={dialog === kind}
          title={t(`agreements:dialogs.${kind}.title`, { number: a.number })}
          text={t(`agreements:dialogs.${kind}.text`)}
          okText={t(`agreements:actions.${kind}`)}
          onClose={close}
          onSubmit={async (reason) => {
            await send((version) =>
              kind === 'end'
                ? api.POST('/api/agreements/{id}/end', { params, body: { version, reason } })
                : api.POST('/api/agreements/{id}/terminate', { params, body: { version, reason } }),
            );
            toast.success(t(`agreements:dialogs.${kind}.done`));
          }}
        />
      ))}
    </>
  );
}
