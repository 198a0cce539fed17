import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MethodTag, useThresholdText } from './MethodTag';
import type { Inspection } from './work-queries';

/** A done inspection: each check's verdict, the value counted, what was found, its photos and its rectification. */
export function InspectionResults({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const thresholdText = useThresholdText();
  if (!inspection.results.length) return <Empty description={t('cleaningWork:results.none')} />;
  return (
    <section className="cleaning-section" aria-labelledby="results-heading">
      <h2 id="results-heading" className="card-heading">
        {t('cleaningWork:results.title')} ·{' '}
        {t('cleaningWork:inspections.counts', { passed: inspection.passedCount, failed: inspection.failedCount })}
      </h2>
      <ol className="check-list">
        {inspection.results.map((r, i) => {
          const limit = thresholdText(r.standard);
          return (
            <li
              key={r.id}
              className={`check-card${r.passed ? '' : ' check-card-fail'}`}
              aria-labelledby={`result-${r.id}`}
              data-check={r.standard.checkKey}
            >
              <div className="check-card-head">
                <h3 id={`result-${r.id}`} className="check-object">
                  {i + 1}. {r.standard.object}
                </h3>
                <span className="cleaning-tags">
                  <MethodTag method={r.standard.method} />
                  <Tag className={`cleaning-tag cleaning-tag-${r.passed ? 'pass' : 'fail'}`}>
                    {t(`cleaningWork:verdict.${r.passed ? 'pass' : 'fail'}`)}
                  </Tag>
                </span>
              </div>
              <p className="check-criterion">{r.standard.criterion}</p>
              {r.value !== null ? <p>{t('cleaningWork:results.value', { value: r.value, limit: limit ?? '' })}</p> : null}
              {r.note ? <p>{t('cleaningWork:results.note', { note: r.note })}</p> : null}
              {r.photos.length ? (
                <ul className="cleaning-photos">
                  {r.photos.map((p, n) => (
                    <li key={p.blobId}>
                      <a href={p.url} target="_blank" rel="noopener">
                        <img src={p.url} alt={t('cleaningWork:results.photo', { object: r.standard.object, n: n + 1 })} />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {r.rectificationId ? (
                <Link to={`/cleaning/rectifications/${r.rectificationId}`}>{t('cleaningWork:results.rectification')}</Link>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
