import '../orders/order-forms.css';
import './feedback-public.css';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Radio, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { LanguageToggle } from '../../app/i18n/LanguageToggle';
import { errorText } from '../../app/ui/error-text';
import { applyServerErrors } from '../../app/ui/form-errors';
import { PhotoPicker } from '../orders/PhotoPicker';
import { FEEDBACK_KINDS } from './feedback-queries';

interface Values {
  kind: (typeof FEEDBACK_KINDS)[number];
  content: string;
  name: string;
  phone: string;
  unit?: string;
  photos?: string[];
  website?: string;
}

/**
 * The public feedback form of one node (A4.5), opened from the poster's QR code: no sign-in, made for a phone. The
 * hidden `website` field is a honeypot: people never see it, a bot filling every field gives itself away.
 */
export function PublicFeedbackPage() {
  const { t } = useTranslation();
  const { tenantId = '', nodeId = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const office = useQuery({
    queryKey: ['public-feedback-form', tenantId, nodeId],
    queryFn: () => unwrap(api.GET('/api/public/feedback-form/{tenantId}/{officeId}', { params: { path: { tenantId, officeId: nodeId } } })),
    retry: false,
  });
  const required = { required: true, message: t('validation:required') };

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/public/feedback/{tenantId}/{officeId}', {
          params: { path: { tenantId, officeId: nodeId } },
          body: {
            kind: v.kind,
            content: v.content,
            name: v.name,
            phone: v.phone,
            ...(v.unit?.trim() ? { unit: v.unit.trim() } : {}),
            ...(v.photos?.length ? { photos: v.photos } : {}),
            ...(v.website ? { website: v.website } : {}),
          },
        }),
      );
      setSent(true);
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="public-feedback">
      <main className="public-feedback-main">
        <div className="public-feedback-toolbar">
          <LanguageToggle />
        </div>
        {office.isPending ? (
          <Skeleton active />
        ) : office.isError ? (
          <>
            <h1>{t('feedback:public.title')}</h1>
            <Alert type="error" showIcon title={errorText(t, office.error)} />
          </>
        ) : sent ? (
          <section className="public-feedback-thanks" aria-live="polite">
            <CheckCircleOutlined aria-hidden className="public-feedback-thanks-icon" />
            <h1>{t('feedback:public.thanks')}</h1>
            <p>{t('feedback:public.thanksText', { office: office.data.officeName })}</p>
          </section>
        ) : (
          <>
            <p className="public-feedback-org">{office.data.organisationName}</p>
            <h1>{t('feedback:public.titleOf', { office: office.data.officeName })}</h1>
            <p className="public-feedback-intro">{t('feedback:public.intro')}</p>
            <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'complaint' }} onFinish={submit} requiredMark>
              <Form.Item name="kind" label={t('feedback:fields.kind')} rules={[required]}>
                <Radio.Group optionType="button" options={FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`feedback:kinds.${k}`) }))} />
              </Form.Item>
              <Form.Item name="content" label={t('feedback:public.content')} rules={[required]}>
                <Input.TextArea rows={5} maxLength={2000} showCount />
              </Form.Item>
              <Form.Item name="name" label={t('feedback:public.name')} rules={[required]}>
                <Input maxLength={50} autoComplete="name" />
              </Form.Item>
              <Form.Item name="phone" label={t('feedback:public.phone')} rules={[required]}>
                <Input maxLength={20} inputMode="tel" autoComplete="tel" />
              </Form.Item>
              <Form.Item name="unit" label={t('feedback:public.unit')}>
                <Input maxLength={100} autoComplete="street-address" />
              </Form.Item>
              <Form.Item name="photos" label={t('feedback:fields.photos')}>
                <PhotoPicker />
              </Form.Item>
              {/* The honeypot: out of sight and out of the tab order; only a bot fills it. */}
              <div className="public-feedback-trap" aria-hidden>
                <label htmlFor="feedback-website">Website</label>
                <Form.Item name="website" noStyle>
                  <Input id="feedback-website" name="website" tabIndex={-1} autoComplete="off" />
                </Form.Item>
              </div>
              {error ? <Alert type="error" showIcon title={error} className="form-alert" role="alert" /> : null}
              <Button type="primary" htmlType="submit" block size="large" loading={busy}>
                {t('feedback:public.submit')}
              </Button>
            </Form>
            <p className="public-feedback-privacy muted">{t('feedback:public.privacy')}</p>
          </>
        )}
      </main>
    </div>
  );
}
