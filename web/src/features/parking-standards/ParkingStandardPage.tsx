import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { fenToYuan } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { ApprovalTimeline } from '../fee-standards/ApprovalTimeline';
import { StandardStateTag } from '../fee-standards/StandardStateTag';
import { ParkingStandardActions } from './ParkingStandardActions';
import { parkingStandardQuery } from './parking-standard-queries';
import { PassPriceList } from './RateSummary';
import './parking-standards.css';

/** One parking standard: what a stay and a pass cost at the car park, from when, and its approval so far. */
export function ParkingStandardPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const standard = useQuery(parkingStandardQuery(id));
  if (standard.isError) return <QueryError error={standard.error} onRetry={() => standard.refetch()} />;
  if (!standard.data) return <PageSpinner />;
  const s = standard.data;
  const r = s.rate;
  const yuan = (fen: number | null) => (fen === null ? t('parkingStandards:summary.noCap') : `¥${fenToYuan(fen)}`);
  return (
    <div className="parking-standards">
      <PageHeader
        title={t('parkingStandards:detail.title', { estate: s.estateName, carPark: `${s.carParkCode} ${s.carParkName}` })}
        subtitle={<StandardStateTag state={s.state} />}
        extra={<ParkingStandardActions standard={s} />}
      />
      {s.state === 'returned' && s.returnReason ? (
        <Alert
          type="warning"
          showIcon
          className="parking-standard-alert"
          title={t('feeStandards:detail.returned', { by: s.returned.byName, reason: s.returnReason })}
        />
      ) : null}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'estate', label: t('parkingStandards:fields.estate'), children: s.estateName },
          { key: 'office', label: t('parkingStandards:fields.office'), children: s.officeName },
          { key: 'carPark', label: t('parkingStandards:fields.carPark'), children: `${s.carParkCode} ${s.carParkName}` },
          { key: 'month', label: t('parkingStandards:fields.effectiveMonth'), children: s.effectiveMonth },
          { key: 'note', label: t('parkingStandards:fields.note'), children: s.note || '—', span: 2 },
        ]}
      />
      <div className="parking-standard-columns">
        <section aria-labelledby="parking-rate-heading">
          <h2 id="parking-rate-heading" className="section-title">
            {t('parkingStandards:fields.temporary')}
          </h2>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'free', label: t('parkingStandards:fields.freeMinutes'), children: r.freeMinutes },
              { key: 'unit', label: t('parkingStandards:fields.unitMinutes'), children: r.unitMinutes },
              { key: 'price', label: t('parkingStandards:fields.unitYuan'), children: `¥${fenToYuan(r.unitFen)}` },
              {
                key: 'night',
                label: t('parkingStandards:fields.night'),
                children: r.night
                  ? t('parkingStandards:summary.night', { from: r.night.from, to: r.night.to, yuan: fenToYuan(r.night.unitFen) })
                  : '—',
              },
              { key: 'daily', label: t('parkingStandards:fields.dailyCap'), children: yuan(r.dailyCapFen) },
              { key: 'stay', label: t('parkingStandards:fields.stayCap'), children: yuan(r.stayCapFen) },
              { key: 'passes', label: t('parkingStandards:fields.passPrices'), children: <PassPriceList prices={s.passPrices} /> },
            ]}
          />
        </section>
        <section aria-labelledby="parking-timeline-heading">
          <h2 id="parking-timeline-heading" className="section-title">
            {t('parkingStandards:detail.timeline')}
          </h2>
          <ApprovalTimeline standard={s} />
        </section>
      </div>
    </div>
  );
}
