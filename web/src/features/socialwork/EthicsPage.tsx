import './socialwork.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Empty } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { HistoryButton } from '../history/HistoryButton';
import { type EthicsEntry, type EthicsQuery, ethicsQuery } from './activity-queries';
import { EthicsEntryDialog } from './EthicsEntryDialog';

const FILTERS = ['from', 'to'] as const;

/**
 * 伦理登记 (A3.2): social workers take no payment, gift, loan or benefit from service users — every offer is recorded
 * here with how it was declined; the caller's nodes' entries, filtered by the day offered.
 */
export function EthicsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const mayRecord = useAbility('recordSocialworkEthics');
  const scope = useOrgScope();
  const list = useListParams(FILTERS, {});
  const { from, to } = list.filters;
  const query: EthicsQuery = {
    ...(scope.orgId && !scope.urlOrgInvisible ? { orgId: scope.orgId } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const entries = useQuery(ethicsQuery(query));
  const [recording, setRecording] = useState(false);
  const value = (e: EthicsEntry) => (e.valueFen === null ? t('common:empty') : formatFen(e.valueFen));

  return (
    <div className="socialwork">
      <PageHeader
        title={t('socialwork:pages.EthicsPage')}
        subtitle={t('swActivities:ethics.subtitle')}
        extra={
          mayRecord ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
              {t('swActivities:ethics.new')}
            </Button>
          ) : null
        }
      />
      <Alert className="sw-ethics-rule" type="info" showIcon title={t('swActivities:ethics.noCharge')} />
      <search className="toolbar">
        <DatePicker.RangePicker
          aria-label={t('swActivities:ethics.period')}
          value={from && to ? [dayjs(from), dayjs(to)] : null}
          onChange={(r) => list.update({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })}
        />
      </search>
      {entries.isError ? (
        <QueryError error={entries.error} onRetry={() => entries.refetch()} />
      ) : (
        <ResponsiveTable<EthicsEntry>
          label={t('socialwork:pages.EthicsPage')}
          rowKey="id"
          items={entries.data?.items}
          total={entries.data?.items.length ?? 0}
          whole
          loading={entries.isFetching}
          empty={<Empty description={t(from || to ? 'swActivities:ethics.noMatch' : 'swActivities:ethics.empty')} />}
          onTableChange={list.onTableChange}
          columns={[
            { key: 'offeredOn', title: t('swActivities:ethics.offeredOn'), render: (_, e) => e.offeredOn },
            {
              key: 'offeredTo',
              title: t('swActivities:ethics.offeredTo'),
              render: (_, e) => t('common:aside', { text: e.offeredToName, aside: e.orgName }),
            },
            { key: 'offeredBy', title: t('swActivities:ethics.offeredBy'), render: (_, e) => e.offeredBy },
            {
              key: 'what',
              title: t('swActivities:ethics.description'),
              render: (_, e) => `${t(`swActivities:offerKind.${e.kind}`)} · ${e.description}`,
            },
            { key: 'value', title: t('swActivities:ethics.value'), render: (_, e) => value(e) },
            { key: 'declinedHow', title: t('swActivities:ethics.declinedHow'), render: (_, e) => e.declinedHow },
            {
              key: 'project',
              title: t('swActivities:ethics.project'),
              render: (_, e) => (e.projectNumber ? `${e.projectNumber} ${e.projectTitle ?? ''}` : t('common:empty')),
            },
            {
              key: 'recorded',
              title: t('swActivities:ethics.recorded'),
              render: (_, e) => (
                <>
                  {e.recordedByName} {format.dateTime(e.recordedAt)}{' '}
                  <HistoryButton entity="sw_ethics_entry" id={e.id} name={`${e.offeredToName} ${e.offeredOn}`} />
                </>
              ),
            },
          ]}
          renderCard={(e) => (
            <div>
              <div className="record-card-title">
                {e.offeredOn} · {e.offeredToName}
              </div>
              <div className="record-card-line">
                {t(`swActivities:offerKind.${e.kind}`)} · {e.description} · {value(e)}
              </div>
              <div className="record-card-line">
                {t('swActivities:ethics.declinedHow')}
                {t('common:labelSeparator')}
                {e.declinedHow}
              </div>
            </div>
          )}
        />
      )}
      {recording ? (
        <EthicsEntryDialog onClose={() => setRecording(false)} onSaved={() => toast.success(t('swActivities:ethics.saved'))} />
      ) : null}
    </div>
  );
}
