import { Alert, Button, Form, Grid, Input, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { applyServerErrors } from '../../app/ui/form-errors';
import { formatFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import type { Order } from './order-model';
import { partyContext } from './party';
import { SignatureCanvas, type SignatureHandle } from './SignatureCanvas';
import { SignedRecord } from './SignedRecord';
import { useOrderCommand } from './use-order-command';

/**
 * The owner accepts the work by signing on the screen (A7.4.6, X2): full screen on a phone, with what is signed for
 * (the items and the record of the work), who signs, clear and confirm. The drawing goes to the server as a PNG and
 * is kept with the round.
 */
export function SignatureDialog({ order, open, onClose }: { order: Order; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const send = useOrderCommand(order);
  const phone = Grid.useBreakpoint().md === false;
  const pad = useRef<SignatureHandle>(null);
  const [form] = Form.useForm<{ signerName: string }>();
  const [empty, setEmpty] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    let signerName: string;
    try {
      signerName = (await form.validateFields()).signerName.trim();
    } catch {
      return;
    }
    if (!pad.current || pad.current.isEmpty()) {
      setError(t('errors:order.signature_required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await send((version) =>
        api.POST('/api/orders/{id}/accept', {
          params: { path: { id: order.id } },
          body: { version, signerName, signature: pad.current?.toPng() ?? '' },
        }),
      );
      toast.success(t('orders:sign.done', { name: signerName }));
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
      title={t('orders:sign.title', partyContext(order.typeDef))}
      onCancel={onClose}
      footer={null}
      width={phone ? '100%' : 640}
      className={phone ? 'signature-modal signature-modal-phone' : 'signature-modal'}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <p className="signature-summary">
        {t('orders:sign.text', { number: order.number, total: formatFen(order.totalFen), ...partyContext(order.typeDef) })}
      </p>
      <SignedRecord order={order} />
      <Form form={form} layout="vertical" initialValues={{ signerName: order.customerName }} requiredMark>
        <Form.Item
          name="signerName"
          label={t('orders:fields.signerName')}
          rules={[{ required: true, whitespace: true, message: t('errors:order.signer_required') }, { max: 50 }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Form>
      <SignatureCanvas ref={pad} label={t('orders:sign.pad')} hint={t('orders:sign.hint')} onChange={setEmpty} />
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div className="signature-actions">
        <Button size="large" onClick={() => pad.current?.clear()} disabled={empty || busy}>
          {t('orders:sign.clear')}
        </Button>
        <Button size="large" type="primary" onClick={confirm} loading={busy} disabled={empty}>
          {t('orders:sign.confirm')}
        </Button>
      </div>
    </Modal>
  );
}
