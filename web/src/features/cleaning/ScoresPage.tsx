import './cleaning-setup.css';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Descriptions, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/ui/ExportButton';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateSelect } from '../estates/EstateSelect';
import { ScoreChart } from './ScoreChart';
import { AreaTable, CleanerTable, FailureTable } from './ScoreTables';
import { scoresQuery } from './setup-queries';

const FILTERS = ['month', 'estate'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** 保洁评分 (A6.3): a month's inspections and rectifications, pass rates by area and cleaner, the checks that failed. */
export function ScoresPage() {
  const { t } = useTranslation();
  const list = useListParams(FILTERS);
  const month = MONTH.test(list.filters.month ?? '') ? list.filters.month : undefined;
  const estateId = list.filters.estate;
  const query = { ...(month ? { month } : {}), ...(estateId ? { estateId } : {}) };
  const scores = useQuery(scoresQuery(query));
  const s = scores.data;
  const shownMonth = s?.month ?? month;

  return (
    <div className="cleaning-setup">
      <PageHeader title={t('cleaning:scores.title')} subtitle={t('cleaning:scores.subtitle')} />
      <search className="toolbar">
        <DatePicker
          picker="month"
          aria-label={t('cleaning:scores.month')}
          value={shownMonth ? dayjs(`${shownMonth}-01`) : null}
          allowClear={false}
          onChange={(v) => list.update({ month: v ? v.format('YYYY-MM') : null })}
        />
        <EstateSelect label={t('cleaning:plans.estate')} value={estateId} onChange={(v) => list.update({ estate: v ?? null })} allowClear />
        <ExportButton path="/api/cleaning/scores/export.xlsx" query={{ ...query, ...(shownMonth ? { month: shownMonth } : {}) }} />
      </search>
      {scores.isError ? (
        <QueryError error={scores.error} onRetry={() => scores.refetch()} />
      ) : !s ? (
        <Skeleton active />
      ) : (
        <>
          <div className="cleaning-score-grid">
            <section className="panel" aria-labelledby="score-inspections">
              <h2 id="score-inspections" className="card-heading">
                {t('cleaning:scores.inspections', { month: s.month })}
              </h2>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'planned', label: t('cleaning:scores.planned'), children: s.inspections.planned },
                  { key: 'done', label: t('cleaning:scores.done'), children: s.inspections.done },
                  { key: 'missed', label: t('cleaning:scores.missed'), children: s.inspections.missed },
                ]}
              />
            </section>
            <section className="panel" aria-labelledby="score-rectifications">
              <h2 id="score-rectifications" className="card-heading">
                {t('cleaning:scores.rectifications')}
              </h2>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'opened', label: t('cleaning:scores.opened'), children: s.rectifications.opened },
                  { key: 'onTime', label: t('cleaning:scores.fixedOnTime'), children: s.rectifications.fixedOnTime },
                  { key: 'late', label: t('cleaning:scores.fixedLate'), children: s.rectifications.fixedLate },
                  { key: 'open', label: t('cleaning:scores.open'), children: s.rectifications.open },
                  { key: 'overdue', label: t('cleaning:scores.overdue'), children: s.rectifications.overdue },
                ]}
              />
            </section>
          </div>
          <section className="panel cleaning-section" aria-labelledby="score-trend">
            <h2 id="score-trend" className="card-heading">
              {t('cleaning:scores.trend')}
            </h2>
            <ScoreChart trend={s.trend} />
          </section>
          <section className="panel cleaning-section" aria-labelledby="score-area">
            <h2 id="score-area" className="card-heading">
              {t('cleaning:scores.byArea')}
            </h2>
            <AreaTable rows={s.byArea} />
          </section>
          <section className="panel cleaning-section" aria-labelledby="score-cleaner">
            <h2 id="score-cleaner" className="card-heading">
              {t('cleaning:scores.byCleaner')}
            </h2>
            <CleanerTable rows={s.byCleaner} />
          </section>
          <section className="panel cleaning-section" aria-labelledby="score-check">
            <h2 id="score-check" className="card-heading">
              {t('cleaning:scores.byCheck')}
            </h2>
            <FailureTable rows={s.byCheck} />
          </section>
        </>
      )}
    </div>
  );
}
