import { useTranslation } from 'react-i18next';
import { percent, type Tally } from './callback-queries';

const W = 720;
const H = 240;
const PAD = { left: 44, right: 12, top: 12, bottom: 36 };

type Point = Tally & { month: string };

/**
 * The 12-month satisfaction trend: a small SVG line chart of our own (no chart library on the page), with
 * every point labelled for screen readers and the same numbers in a table below it.
 */
export function TrendChart({ trend }: { trend: Point[] }) {
  const { t } = useTranslation();
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / Math.max(trend.length - 1, 1);
  const y = (permille: number) => PAD.top + ((1000 - permille) * (H - PAD.top - PAD.bottom)) / 1000;
  // a month nobody was reached in has no rate: the line breaks there instead of dropping to zero
  const segments: string[] = [];
  let current = '';
  trend.forEach((p, i) => {
    if (p.ratePermille === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.ratePermille).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const summary = trend
    .filter((p) => p.ratePermille !== null)
    .map((p) => `${p.month} ${percent(p.ratePermille)}`)
    .join(', ');
  return (
    <figure style={{ margin: 0 }}>
      <svg
        className="trend-chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${t('callbacks:satisfaction.trend')}: ${summary || t('callbacks:satisfaction.noRate')}`}
      >
        {[0, 250, 500, 750, 1000].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e5e5e5" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {v / 10}%
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke="#0b5cad" strokeWidth={2} />
        ))}
        {trend.map((p, i) =>
          p.ratePermille === null ? null : (
            <circle key={p.month} cx={x(i)} cy={y(p.ratePermille)} r={4} fill="#0b5cad">
              <title>{`${p.month}: ${percent(p.ratePermille)} (${p.satisfied}/${p.reached})`}</title>
            </circle>
          ),
        )}
        {trend.map((p, i) => (
          <text key={p.month} x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle">
            {p.month.slice(5)}
          </text>
        ))}
      </svg>
      <figcaption className="muted">{t('callbacks:satisfaction.chartCaption')}</figcaption>
      <details>
        <summary>{t('callbacks:satisfaction.asTable')}</summary>
        <div className="table-scroll">
          <table className="trend-table">
            <caption className="sr-only">{t('callbacks:satisfaction.trend')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('callbacks:fields.month')}</th>
                <th scope="col">{t('callbacks:satisfaction.rate')}</th>
                <th scope="col">{t('callbacks:levels.satisfied')}</th>
                <th scope="col">{t('callbacks:levels.basically_satisfied')}</th>
                <th scope="col">{t('callbacks:levels.dissatisfied')}</th>
                <th scope="col">{t('callbacks:satisfaction.reached')}</th>
                <th scope="col">{t('callbacks:satisfaction.total')}</th>
              </tr>
            </thead>
            <tbody>
              {trend.map((p) => (
                <tr key={p.month}>
                  <th scope="row">{p.month}</th>
                  <td>{percent(p.ratePermille)}</td>
                  <td>{p.satisfied}</td>
                  <td>{p.basicallySatisfied}</td>
                  <td>{p.dissatisfied}</td>
                  <td>{p.reached}</td>
                  <td>{p.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
