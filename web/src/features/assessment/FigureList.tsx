import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
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

/** A person's figures, each named by its module (`<module>:personFigures.<what>`), valued and coloured. */
export function FigureList({ figures, label }: { figures: readonly PersonFigure[]; label: string }) {
  const { t } = useTranslation();
  const text = useFigureText();
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
