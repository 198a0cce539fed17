import { Alert, Button, Form, Grid, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { applyServerErrors } from '../../app/ui/form-errors';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import { SignatureCanvas, type SignatureHandle } from '../orders/SignatureCanvas';
import type { Agreement } from './agreement-model';
import { useAgreementCommand } from './agreement-queries';
import '../orders/tasks.css';

/**
 * Both sides sign on the screen (X2): the owner draws their signature, then the office's representative
 * (the signed-in user) theirs. Full screen on a phone; both drawings go to the server as PNGs.
 */
export function SignAgreementDialog({ agreement, open, onClose }: { agreement: Agreement; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const me = useMe();
  const send = useAgreementCommand(agreement);
  const phone = Grid.useBreakpoint().md === false;
  const owner = useRef<SignatureHandle>(null);
  const office = useRef<SignatureHandle>(null);
  const [form] = Form.useForm<{ ownerSignerName: string }>();
  const [ownerEmpty, setOwnerEmpty] = useState(true);
  const [officeEmpty, setOfficeEmpty] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    let ownerSignerName: string;
    try {
      ownerSignerName = (await form.validateFields()).ownerSignerName.trim();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send((version) =>
        api.POST('/api/agreements/{id}/sign', {
          params: { path: { id: agreement.id } },
          body: { version, ownerSignerName, ownerSignature: owner.current?.toPng() ?? '', officeSignature: office.current?.toPng() ?? '' },
        }),
      );
      toast.success(t('agreements:sign.done'));
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('agreements:sign.title', { number: agreement.number })}
      onCancel={onClose}
      footer={null}
      width={phone ? '100%' : 680}
      className={phone ? 'signature-modal signature-modal-phone' : 'signature-modal'}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <p className="signature-summary">{t('agreements:sign.text', { perVisit: formatFen(agreement.perVisitFen) })}</p>
      <Form form={form} layout="vertical" initialValues={{ ownerSignerName: agreement.ownerName }} requiredMark>
        <Form.Item
          name="ownerSignerName"
          label={t('agreements:fields.ownerSignerName')}
          rules={[{ required: true, whitespace: true, message: t('errors:agreement.signer_required') }, { max: 50 }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Form>
      <div className="agreement-pads">
        <div>
          <SignatureCanvas ref={owner} label={t('agreements:sign.ownerPad')} hint={t('agreements:sign.hint')} onChange={setOwnerEmpty} />
          <Button size="small" onClick={() => owner.current?.clear()} disabled={ownerEmpty || busy}>
            {t('agreements:sign.clear')}
          </Button>
        </div>
        <div>
          <SignatureCanvas
            ref={office}
            label={t('agreements:sign.officePad', { name: me.user.displayName })}
            hint={t('agreements:sign.hint')}
            onChange={setOfficeEmpty}
          />
          <Button size="small" onClick={() => office.current?.clear()} disabled={officeEmpty || busy}>
            {t('agreements:sign.clear')}
          </Button>
        </div>
      </div>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div className="signature-actions">
        <Button size="large" onClick={onClose} disabled={busy}>
          {t('common:actions.cancel')}
        </Button>
        <Button size="large" type="primary" onClick={confirm} loading={busy} disabled={ownerEmpty || officeEmpty}>
          {t('agreements:sign.confirm')}
        </Button>
      </div>
    </Modal>
  );
}
