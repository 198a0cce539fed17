import './cleaning-work.css';
import '../orders/order-forms.css';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Skeleton, Space, Timeline } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { RectificationStateTag } from './InspectionStateTag';
import { MethodTag, useThresholdText } from './MethodTag';
import { FixDialog, RecheckDialog } from './RectificationDialogs';
import { type Rectification, rectificationQuery } from './work-queries';

type Round = Rectification['rounds'][number];
type PhotoRef = { blobId: string; url: string };

function Photos({ photos, alt }: { photos: PhotoRef[]; alt: (n: number) => string }) {
  if (!photos.length) return null;
  return (
    <ul className="cleaning-photos">
      {photos.map((p, n) => (
        <li key={p.blobId}>
          <a href={p.url} target="_blank" rel="noopener">
            <img src={p.url} alt={alt(n + 1)} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One round as a timeline entry: opened with its deadline, fixed with the after-photo, re-checked. */
function roundItem(r: Round, current: string, t: TFunction, when: (at: string) => string) {
  return {
    key: r.id,
    color: r.state === 'passed' ? 'green' : r.state === 'failed' || r.overdue ? 'red' : 'blue',
    children: (
      <div className="cleaning-round">
        <Space wrap>
          <strong>{t('cleaningWork:rectifications.round', { round: r.round })}</strong>
          <RectificationStateTag rectification={r} />
          {r.id === current ? null : (
            <Link to={`/cleaning/rectifications/${r.id}`}>{t('cleaningWork:rectification.openRound', { round: r.round })}</Link>
          )}
        </Space>
        <p>{t('cleaningWork:rectification.opened', { at: when(r.createdAt), due: when(r.dueAt), cleaner: r.cleanerName })}</p>
        {r.doneAt ? <p>{t('cleaningWork:rectification.fixed', { at: when(r.doneAt), note: r.doneNote ?? '' })}</p> : null}
        <Photos photos={r.donePhoto ? [r.donePhoto] : []} alt={() => t('cleaningWork:rectification.afterPhoto', { round: r.round })} />
        {r.recheckedAt ? (
          <p>
            {t(r.state === 'passed' ? 'cleaningWork:rectification.recheckPassed' : 'cleaningWork:rectification.recheckFailed', {
              at: when(r.recheckedAt),
              by: r.recheckedBy ?? r.inspectorName,
              note: r.recheckNote ?? '',
            })}
          </p>
        ) : null}
        <Photos
          photos={r.recheckPhoto ? [r.recheckPhoto] : []}
          alt={() => t('cleaningWork:rectification.recheckPhoto', { round: r.round })}
        />
      </div>
    ),
  };
}

/** One rectification: the failure found, every round of fixing and re-checking, and the next step for the caller. */
export function RectificationPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const thresholdText = useThresholdText();
  const { id = '' } = useParams();
  const rectification = useQuery(rectificationQuery(id));
  const [step, setStep] = useState<'fix' | 'recheck' | null>(null);

  if (rectification.isPending) return <Skeleton active />;
  if (rectification.isError) return <QueryError error={rectification.error} onRetry={() => rectification.refetch()} />;
  const r = rectification.data;
  const title = `${r.estateName} · ${t(`cleaning:areas.${r.area}`)}`;
  const limit = thresholdText(r.standard);
  // a later round puts right what the re-check of the round before found, not the inspection's first finding
  const f = r.failure;
  const byRecheck = f.foundIn === 'recheck';

  return (
    <div className="cleaning-work">
      <PageHeader
        title={title}
        subtitle={`${t(`cleaning:levels.${r.level}`)} · ${t('cleaningWork:rectifications.round', { round: r.round })}`}
        extra={
          <Space wrap>
            {r.abilities.fix ? (
              <Button type="primary" onClick={() => setStep('fix')}>
                {t('cleaningWork:fix.start')}
              </Button>
            ) : null}
            {r.abilities.recheck ? (
              <Button type="primary" onClick={() => setStep('recheck')}>
                {t('cleaningWork:recheck.start')}
              </Button>
            ) : null}
            <HistoryButton entity="cleaning_rectification" id={r.id} name={title} />
          </Space>
        }
      />
      <section className="panel cleaning-section" aria-labelledby="failure-heading">
        <h2 id="failure-heading" className="card-heading">
          {t('cleaningWork:rectification.failure')} <RectificationStateTag rectification={r} />
        </h2>
        <p className="check-object">
          {r.standard.object} <MethodTag method={r.standard.method} />
        </p>
        <p className="check-criterion">{r.standard.criterion}</p>
        {byRecheck ? <p>{t('cleaningWork:rectification.fromRecheck', { round: r.round - 1 })}</p> : null}
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            ...(f.value !== null
              ? [
                  {
                    key: 'value',
                    label: t(byRecheck ? 'cleaningWork:recheck.value' : 'cleaningWork:fields.value'),
                    children: limit ? t('common:aside', { text: String(f.value), aside: limit }) : String(f.value),
                  },
                ]
              : []),
            { key: 'note', label: t('cleaningWork:fields.found'), children: f.note ?? t('common:empty') },
            {
              key: 'inspector',
              label: t(byRecheck ? 'cleaningWork:rectification.recheckedBy' : 'cleaningWork:fields.inspector'),
              children: f.foundBy,
            },
            { key: 'cleaner', label: t('cleaningWork:fields.cleaner'), children: r.cleanerName },
            ...(f.inspectedAt
              ? [
                  {
                    key: 'at',
                    label: t(byRecheck ? 'cleaningWork:rectification.recheckedAt' : 'cleaningWork:fields.inspectedAt'),
                    children: format.dateTime(f.inspectedAt),
                  },
                ]
              : []),
            { key: 'due', label: t('cleaningWork:fields.dueAt'), children: format.dateTime(r.dueAt) },
          ]}
        />
        <Photos
          photos={f.photos}
          alt={(n) =>
            byRecheck
              ? t('cleaningWork:rectification.recheckPhoto', { round: r.round - 1 })
              : t('cleaningWork:rectification.failurePhoto', { n })
          }
        />
        <p>
          <Link to={`/cleaning/inspections/${r.inspectionId}`}>{t('cleaningWork:rectification.inspection')}</Link>
        </p>
      </section>
      <section className="panel cleaning-section" aria-labelledby="rounds-heading">
        <h2 id="rounds-heading" className="card-heading">
          {t('cleaningWork:rectification.rounds')}
        </h2>
        <Timeline items={r.rounds.map((round) => roundItem(round, r.id, t, format.dateTime))} />
      </section>
      {step === 'fix' ? <FixDialog rectification={r} onClose={() => setStep(null)} /> : null}
      {step === 'recheck' ? <RecheckDialog rectification={r} onClose={() => setStep(null)} /> : null}
    </div>
  );
}
