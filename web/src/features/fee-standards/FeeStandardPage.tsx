import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { ApprovalTimeline } from './ApprovalTimeline';
import { standardQuery } from './fee-standard-queries';
import { rateScope } from './RateList';
import { StandardActions } from './StandardActions';
import { StandardStateTag } from './StandardStateTag';
import './fee-standards.css';

/** One standard: what it charges, from when, and its approval so far (who and when at each step, A2.3). */
export function FeeStandardPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormat();
  const { id = '' } = useParams();
  const standard = useQuery(standardQuery(id));
  if (standard.isError) return <QueryError error={standard.error} onRetry={() => standard.refetch()} />;
  if (!standard.data) return <PageSpinner />;
  const s = standard.data;
  return (
    <>
      <PageHeader
        title={t('feeStandards:detail.title', { estate: s.estateName, item: s.itemName })}
        subtitle={<StandardStateTag state={s.state} filing={s.filing} />}
        extra={<StandardActions standard={s} />}
      />
      {s.state === 'returned' && s.returnReason ? (
        <Alert
          type="warning"
          showIcon
          className="fee-standard-alert"
          title={t('feeStandards:detail.returned', { by: s.returned.byName, reason: s.returnReason })}
        />
      ) : null}
      {s.filing ? (
        <Alert
          type="info"
          showIcon
          className="fee-standard-alert"
          title={t('feeStandards:filing.title')}
          description={t('feeStandards:filing.text')}
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'estate', label: t('feeStandards:fields.estate'), children: s.estateName },
          { key: 'office', label: t('feeStandards:fields.office'), children: s.officeName },
          { key: 'item', label: t('feeStandards:fields.item'), children: s.itemName },
          { key: 'basis', label: t('feeStandards:fields.basis'), children: t(`feeStandards:basis.${s.basis}`) },
          { key: 'month', label: t('feeStandards:fields.effectiveMonth'), children: s.effectiveMonth },
          { key: 'note', label: t('feeStandards:fields.note'), children: s.note || '—' },
        ]}
      />
      <div className="fee-standard-columns">
        <section aria-labelledby="fee-rates-heading">
          <h2 id="fee-rates-heading" className="section-title">
            {t('feeStandards:fields.rates')}
          </h2>
          {s.filing ? (
            <p className="muted">{t('feeStandards:filing.rates')}</p>
          ) : (
            <Table
              size="small"
              rowKey={(r) => `${r.use}/${r.occupancy}`}
              pagination={false}
              dataSource={s.rates}
              columns={[
                { key: 'scope', title: t('feeStandards:fields.appliesTo'), render: (_, r) => rateScope(t, r) },
                {
                  key: 'rate',
                  title: t('feeStandards:fields.rate'),
                  align: 'right',
                  render: (_, r) => `${formatFen(r.rateFen)}${t(`feeStandards:unit.${s.basis}`)}`,
                },
              ]}
            />
          )}
        </section>
        <section aria-labelledby="fee-timeline-heading">
          <h2 id="fee-timeline-heading" className="section-title">
            {t('feeStandards:detail.timeline')}
          </h2>
          {s.filing ? (
            <p className="muted">{t('feeStandards:filing.made', { by: s.createdBy, at: dateTime(s.createdAt) })}</p>
          ) : (
            <ApprovalTimeline standard={s} />
          )}
        </section>
      </div>
    </>
  );
}
