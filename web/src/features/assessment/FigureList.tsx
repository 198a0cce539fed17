import { Spin, Tag } from 'antd';
import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { pendingTexts } from '../../app/i18n/i18n';
import { NAMESPACES } from '../../locales/namespaces';
import type { PersonFigure } from './assessment-queries';

/** How a figure reads: a count, minutes as hours, per mille as a percentage; empty when nothing was measured. */
export function useFigureText() {
  const { t } = useTranslation();
  return (f: PersonFigure) => {
    if (f.value === null) return t('common:empty');
    if (f.unit === 'minutes') return t('assessment:sheet.hours', { n: (Math.round(f.value / 6) / 10).toFixed(1) });
    if (f.unit === 'permille') return `${(f.value / 10).toFixed(1)}%`;
    return String(f.value);
  };
}

/**
 * The figure's colour by which way is good: an overdue count above nought is a warning; a rate of 90% or more, or any
 * count of work done, is good, a rate under 60% bad. Figures without a direction are not coloured.
 */
function tone(f: PersonFigure): 'ok' | 'warn' | 'bad' | null {
  if (f.value === null || !f.better) return null;
  if (f.better === 'lower') return f.value > 0 ? 'warn' : 'ok';
  if (f.unit === 'permille') return f.value >= 900 ? 'ok' : f.value < 600 ? 'bad' : 'warn';
  return f.value > 0 ? 'ok' : 'warn';
}

const moduleOf = (f: PersonFigure) => f.key.slice(0, f.key.indexOf('.'));

/**
 * A person's figures, each named by its module (`<module>:personFigures.<what>`), valued and coloured. The names are
 * in the texts of the modules that measured them, which the assessment page does not load with itself: the list
 * waits for them (a small spinner in its place), so a figure never shows a key in place of its name.
 */
export function FigureList(props: { figures: readonly PersonFigure[]; label: string }) {
  return (
    <Suspense fallback={<Spin size="small" />}>
      <NamedFigures {...props} />
    </Suspense>
  );
}

function NamedFigures({ figures, label }: { figures: readonly PersonFigure[]; label: string }) {
  const { t } = useTranslation();
  const text = useFigureText();
  const pending = pendingTexts([...new Set(figures.map(moduleOf))].filter((ns) => NAMESPACES.includes(ns)));
  if (pending) use(pending);
  return (
    <ul className="as-figures" aria-label={label}>
      {figures.map((f) => {
        const dot = f.key.indexOf('.');
        const name = t(`${f.key.slice(0, dot)}:personFigures.${f.key.slice(dot + 1)}`);
        const c = tone(f);
        return (
          <li key={f.key}>
            <span>{name}</span>
            <span>
              {c ? (
                <Tag className={`as-tag as-tag-${c}`} title={f.better ? t(`assessment:sheet.better.${f.better}`) : undefined}>
                  {text(f)}
                </Tag>
              ) : (
                text(f)
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
