import './infusion-consent.css';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { ConsentDialog } from './ConsentDialog';
import { type Consent, consentPrintUrl, consentsQuery, useConsentsChanged } from './consent-queries';

/**
 * 知情同意书 on the patient page (A5.4): the consent in force — who signed, the relation, when, who took it, the
 * signature, 打印 and 撤回 — or 签署知情同意书 when there is none.
 */
export function PatientConsents({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const consents = useQuery(consentsQuery(patientId));
  const changed = useConsentsChanged();
  const [signing, setSigning] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const relation = (c: Consent) => (c.signerRelation === 'self' ? t('infusionConsent:fields.self') : c.signerRelation);
  const data = consents.data;
  const current = data?.current ?? null;
  const withdrawn = data?.items.filter((c) => !c.valid) ?? [];

  return (
    <Card title={t('infusionConsent:consent.section')} className="patient-consents" loading={consents.isLoading}>
      {consents.isError ? <QueryError error={consents.error} onRetry={() => consents.refetch()} /> : null}
      {current ? (
        <>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('infusionConsent:fields.signerName')}>{current.signerName}</Descriptions.Item>
            <Descriptions.Item label={t('infusionConsent:fields.relation')}>{relation(current)}</Descriptions.Item>
            <Descriptions.Item label={t('infusionConsent:fields.signedAt')}>{format.dateTime(current.signedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('infusionConsent:fields.recordedBy')}>{current.recordedByName}</Descriptions.Item>
            <Descriptions.Item label={t('infusionConsent:fields.signature')}>
              <img
                className="consent-signature"
                src={current.signatureUrl}
                alt={t('infusionConsent:consent.signatureOf', { name: current.signerName })}
              />
            </Descriptions.Item>
          </Descriptions>
          <div className="infusion-section-actions">
            <Button icon={<PrinterOutlined aria-hidden />} href={consentPrintUrl(current, i18n.language)} target="_blank" rel="noopener">
              {t('infusionConsent:consent.print')}
            </Button>
            {data?.abilities.withdraw ? (
              <Button danger onClick={() => setWithdrawing(true)}>
                {t('infusionConsent:consent.withdraw')}
              </Button>
            ) : null}
          </div>
        </>
      ) : data ? (
        <Empty description={t('infusionConsent:consent.none')}>
          {data.abilities.take ? (
            <Button type="primary" onClick={() => setSigning(true)}>
              {t('infusionConsent:consent.sign')}
            </Button>
          ) : null}
        </Empty>
      ) : null}
      {withdrawn.length ? (
        <ul className="consent-withdrawn" aria-label={t('infusionConsent:consent.withdrawnList')}>
          {withdrawn.map((c) => (
            <li key={c.id}>
              <Tag>{t('infusionConsent:consent.withdrawnTag')}</Tag>
              {t('infusionConsent:consent.withdrawnLine', {
                name: c.signerName,
                signedAt: format.dateTime(c.signedAt),
                at: c.withdrawnAt ? format.dateTime(c.withdrawnAt) : '',
                by: c.withdrawnByName ?? '',
                reason: c.withdrawnReason ?? '',
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <ConsentDialog patientId={patientId} open={signing} onClose={() => setSigning(false)} />
      {current ? (
        <ConfirmAction
          open={withdrawing}
          title={t('infusionConsent:consent.withdrawTitle')}
          description={t('infusionConsent:consent.withdrawText', { name: current.signerName })}
          okText={t('infusionConsent:consent.withdraw')}
          danger
          withReason="required"
          onConfirm={async (reason) => {
            await unwrap(
              api.POST('/api/infusion/consents/{id}/withdraw', { params: { path: { id: current.id } }, body: { reason: reason ?? '' } }),
            );
            await changed();
          }}
          onClose={() => setWithdrawing(false)}
        />
      ) : null}
    </Card>
  );
}
