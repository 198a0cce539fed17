import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Radio, Result, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { applyServerErrors } from '../../app/ui/form-errors';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { type CollectStay, collectStayQuery, PAYMENT_METHODS, type PaymentMethod, receiptUrl, useRefresh } from './collect-queries';
import './parking-collect.css';

/** The standard's rate in words: free minutes, the unit price, the night price and the caps. */
function StandardText({ s }: { s: NonNullable<CollectStay['standard']> }) {
  const { t } = useTranslation();
  const yuan = (fen: number) => formatFen(fen).replace(/^¥/, '');
  const lines = [t('parkingCollect:collect.standardValue', { free: s.freeMinutes, unit: s.unitMinutes, price: yuan(s.unitFen) })];
  if (s.night)
    lines.push(
      t('parkingCollect:collect.standardNight', { from: s.night.from, to: s.night.to, unit: s.unitMinutes, price: yuan(s.night.unitFen) }),
    );
  if (s.dailyCapFen !== null) lines.push(t('parkingCollect:collect.standardDailyCap', { cap: yuan(s.dailyCapFen) }));
  if (s.stayCapFen !== null) lines.push(t('parkingCollect:collect.standardStayCap', { cap: yuan(s.stayCapFen) }));
  return <>{lines.join(t('common:clauseSeparator'))}</>;
}

function WaiveDialog({ stay, onClose }: { stay: CollectStay; onClose(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const refresh = useRefresh();
  return (
    <FormModal
      open
      title={t('parkingCollect:collect.waiveTitle')}
      okText={t('parkingCollect:collect.waiveConfirm')}
      form={form}
      onClose={onClose}
      onSubmit={async (v) => {
        await unwrap(
          api.POST('/api/parking/collect/stays/{id}/waive', {
            params: { path: { id: stay.id } },
            body: { reason: v.reason, version: stay.version },
          }),
        );
        await refresh();
      }}
    >
      <Form.Item
        name="reason"
        label={t('parkingCollect:collect.waiveReason')}
        rules={[{ required: true, whitespace: true, max: 200, message: t('errors:parking_stay.waive_reason_required') }]}
      >
        <Input.TextArea rows={3} placeholder={t('parkingCollect:collect.waiveReasonPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

/** 收取临时停车费 on the guard's phone: the stay and its charge, how the driver pays, then the receipt to print. */
export function CollectPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { stayId = '' } = useParams();
  const stay = useQuery(collectStayQuery(stayId));
  const refresh = useRefresh();
  const [form] = Form.useForm<{ method: PaymentMethod; payer?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waiving, setWaiving] = useState(false);

  if (stay.isError) return <QueryError error={stay.error} onRetry={() => stay.refetch()} />;
  if (!stay.data) return <Spin />;
  const s = stay.data;

  const submit = async (v: { method: PaymentMethod; payer?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/parking/collect/stays/{id}', {
          params: { path: { id: s.id } },
          body: {
            method: v.method,
            amountFen: s.chargeFen ?? 0,
            ...(v.payer?.trim() ? { payer: v.payer.trim() } : {}),
            version: s.version,
          },
        }),
      );
      await refresh();
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setBusy(false);
    }
  };

  const minutes = s.minutes ?? 0;
  return (
    <div className="gate-page">
      <PageHeader title={t('parkingCollect:collect.title')} subtitle={<Link to="/gate/due">{t('parkingCollect:collect.back')}</Link>} />
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('parkingCollect:collect.plate')}>
          <strong>{s.plate}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('parkingCollect:collect.carPark')}>
          {s.estateName} {s.carParkName}
        </Descriptions.Item>
        <Descriptions.Item label={t('parkingCollect:collect.enteredAt')}>{s.enteredAt ? f.dateTime(s.enteredAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('parkingCollect:collect.exitedAt')}>{s.exitedAt ? f.dateTime(s.exitedAt) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('parkingCollect:collect.duration')}>
          {s.minutes === null ? '—' : t('parkingCollect:collect.durationValue', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })}
        </Descriptions.Item>
        <Descriptions.Item label={t('parkingCollect:collect.charge')}>
          <span className="gate-charge">{s.chargeFen === null ? '—' : formatFen(s.chargeFen)}</span>
        </Descriptions.Item>
        {s.standard ? (
          <Descriptions.Item label={t('parkingCollect:collect.standard')}>
            <StandardText s={s.standard} />
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('parkingCollect:collect.state')}>
          {/* plain text: antd's coloured tags fail the contrast check */}
          {s.state === 'due' ? <strong>{t(`parkingCollect:states.${s.state}`)}</strong> : t(`parkingCollect:states.${s.state}`)}
        </Descriptions.Item>
        {s.state === 'waived' ? (
          <>
            <Descriptions.Item label={t('parkingCollect:collect.waiveReason')}>{s.waiveReason}</Descriptions.Item>
            <Descriptions.Item label={t('parkingCollect:collect.waivedBy')}>
              {s.waivedByName} {s.waivedAt ? f.dateTime(s.waivedAt) : ''}
            </Descriptions.Item>
          </>
        ) : null}
      </Descriptions>

      {s.collection ? (
        <Result
          status="success"
          title={t('parkingCollect:collect.collected')}
          subTitle={
            <>
              {t('parkingCollect:collect.receiptNumber')}: <strong>{s.collection.receiptNumber}</strong>
              <br />
              {t(`parkingCollect:methods.${s.collection.method}`, { defaultValue: s.collection.method })}{' '}
              {formatFen(s.collection.amountFen)} · {t('parkingCollect:collect.collector')} {s.collection.collectorName} ·{' '}
              {f.dateTime(s.collection.collectedAt)}
            </>
          }
          extra={
            <div className="gate-actions">
              {s.collection.receiptId ? (
                <Button
                  type="primary"
                  size="large"
                  icon={<PrinterOutlined aria-hidden />}
                  href={receiptUrl(s.collection.id, i18n.language)}
                  target="_blank"
                >
                  {t('parkingCollect:collect.print')}
                </Button>
              ) : null}
              {s.collection.method === 'cash' ? <Alert type="info" showIcon title={t('parkingCollect:collect.cashNote')} /> : null}
              <Link to="/gate/due">{t('parkingCollect:collect.back')}</Link>
            </div>
          }
        />
      ) : s.abilities.collect || s.abilities.waive ? (
        <Form form={form} layout="vertical" initialValues={{ method: 'cash' }} onFinish={submit} style={{ marginTop: 16 }}>
          {s.abilities.collect ? (
            <>
              <Form.Item name="method" label={t('parkingCollect:collect.method')} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`parkingCollect:methods.${m}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="payer"
                label={t('parkingCollect:collect.payer')}
                extra={t('parkingCollect:collect.payerHelp')}
                rules={[{ max: 40 }]}
              >
                <Input autoComplete="off" placeholder={s.plate} />
              </Form.Item>
            </>
          ) : null}
          {error ? <Alert type="error" showIcon title={error} /> : null}
          <div className="gate-actions">
            {s.abilities.collect ? (
              <Button type="primary" size="large" htmlType="submit" loading={busy}>
                {t('parkingCollect:collect.submit')}
              </Button>
            ) : null}
            {s.abilities.waive ? (
              <Button size="large" onClick={() => setWaiving(true)}>
                {t('parkingCollect:collect.waive')}
              </Button>
            ) : null}
          </div>
        </Form>
      ) : s.state !== 'waived' ? (
        <Alert type="info" showIcon title={t('parkingCollect:collect.notDue')} style={{ marginTop: 16 }} />
      ) : null}
      {waiving ? <WaiveDialog stay={s} onClose={() => setWaiving(false)} /> : null}
    </div>
  );
}
