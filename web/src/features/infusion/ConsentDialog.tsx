import '../orders/tasks.css';
import './infusion-consent.css';
import { Alert, Button, Form, Grid, Input, Modal, Radio } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyServerErrors } from '../../app/ui/form-errors';
import { useToast } from '../../app/ui/toast';
import { SignatureCanvas, type SignatureHandle } from '../orders/SignatureCanvas';
import { CONSENT_CLAUSES, useConsentsChanged } from './consent-queries';

interface Values {
  signer: 'self' | 'family';
  signerName: string;
  relation?: string;
}

/**
 * 签署知情同意书 (A5.4): the consent's text, who signs (the patient or a family member and the relation) and the
 * signature drawn on the screen; full screen on a phone. No drawing, no consent.
 */
export function ConsentDialog({ patientId, open, onClose }: { patientId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const changed = useConsentsChanged();
  const phone = Grid.useBreakpoint().md === false;
  const pad = useRef<SignatureHandle>(null);
  const [form] = Form.useForm<Values>();
  const signer = Form.useWatch('signer', form);
  const [empty, setEmpty] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    if (!pad.current || pad.current.isEmpty()) {
      setError(t('errors:infusion.signature_required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const signerRelation = v.signer === 'self' ? 'self' : (v.relation ?? '').trim();
      await unwrap(
        api.POST('/api/infusion/patients/{id}/consents', {
          params: { path: { id: patientId } },
          body: { signerName: v.signerName.trim(), signerRelation, signature: pad.current.toPng() },
        }),
      );
      await changed();
      toast.success(t('infusionConsent:consent.done', { name: v.signerName.trim() }));
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
      title={t('infusionConsent:consent.sign')}
      onCancel={onClose}
      footer={null}
      width={phone ? '100%' : 720}
      className={phone ? 'signature-modal signature-modal-phone consent-modal' : 'signature-modal consent-modal'}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <section className="consent-text" aria-label={t('infusionConsent:consent.textLabel')}>
        <h2>{t('infusionConsent:consent.title')}</h2>
        <p>{t('infusionConsent:text.intro')}</p>
        <ol>
          {CONSENT_CLAUSES.map((k) => (
            <li key={k}>{t(`infusionConsent:text.clause${k}`)}</li>
          ))}
        </ol>
        <p>
          <strong>{t('infusionConsent:text.agree')}</strong>
        </p>
      </section>
      <Form form={form} layout="vertical" initialValues={{ signer: 'family' }} requiredMark>
        <Form.Item name="signer" label={t('infusionConsent:fields.signer')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'family', label: t('infusionConsent:fields.family') },
              { value: 'self', label: t('infusionConsent:fields.self') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="signerName"
          label={t('infusionConsent:fields.signerName')}
          rules={[{ required: true, whitespace: true, message: t('infusionConsent:fields.signerNameRequired') }, { max: 50 }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        {signer === 'self' ? null : (
          <Form.Item
            name="relation"
            label={t('infusionConsent:fields.relation')}
            extra={t('infusionConsent:fields.relationHint')}
            rules={[{ required: true, whitespace: true, message: t('infusionConsent:fields.relationRequired') }, { max: 20 }]}
          >
            <Input maxLength={20} autoComplete="off" />
          </Form.Item>
        )}
      </Form>
      <SignatureCanvas ref={pad} label={t('infusionConsent:consent.pad')} hint={t('infusionConsent:consent.padHint')} onChange={setEmpty} />
      {error ? <Alert type="error" showIcon title={error} /> : null}
      <div className="signature-actions">
        <Button size="large" onClick={() => pad.current?.clear()} disabled={empty || busy}>
          {t('infusionConsent:consent.clear')}
        </Button>
        <Button size="large" type="primary" onClick={confirm} loading={busy} disabled={empty}>
          {t('infusionConsent:consent.confirm')}
        </Button>
      </div>
    </Modal>
  );
}
