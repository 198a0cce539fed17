import { useTranslation } from 'react-i18next';
import type { SpecialDay } from './calendar-queries';

const pad = (n: number) => String(n).padStart(2, '0');
/** Monday first, as Chinese wall calendars are. */
const COLUMNS = [1, 2, 3, 4, 5, 6, 0] as const;

interface Cell {
  key: string;
  /** The date, or null for a cell before the first or after the last day of the month. */
  day: string | null;
  weekend: boolean;
}

/** The weeks of a month, Monday first: each a row of seven cells. */
function weeksOf(year: number, month: number): Cell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const days: (string | null)[] = Array.from({ length: (first.getUTCDay() + 6) % 7 }, () => null);
  for (let d = 1; d <= length; d++) days.push(`${year}-${pad(month)}-${pad(d)}`);
  while (days.length % 7) days.push(null);
  const cells = days.map((day, n) => ({ key: day ?? `blank-${n}`, day, weekend: n % 7 >= 5 }));
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/**
 * The year as twelve month tables: holidays marked 休, make-up working days 班 (the day's name in its label), the
 * weekends set apart — so a manager sees at a glance which days count as working time.
 */
export function YearGrid({ year, days }: { year: number; days: readonly SpecialDay[] }) {
  const { t } = useTranslation();
  const byDay = new Map(days.map((d) => [d.day, d]));
  return (
    <div className="calendar-year">
      {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
        <table key={month} className="calendar-month">
          <caption>{t('calendar:month', { month })}</caption>
          <thead>
            <tr>
              {COLUMNS.map((w) => (
                <th key={w} scope="col" abbr={t(`calendar:weekdays.${w}`)}>
                  {t(`calendar:weekdaysShort.${w}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeksOf(year, month).map((week) => (
              <tr key={week[0]!.key}>
                {week.map(({ key, day, weekend }) => {
                  if (!day) return <td key={key} />;
                  const special = byDay.get(day);
                  const cls = special ? `calendar-day is-${special.kind}` : weekend ? 'calendar-day is-weekend' : 'calendar-day';
                  return (
                    <td key={day} className={cls} title={special ? `${special.name} · ${t(`calendar:kinds.${special.kind}`)}` : undefined}>
                      <span className="calendar-date">{Number(day.slice(8))}</span>
                      {special ? (
                        <>
                          <span className="calendar-mark" aria-hidden>
                            {t(`calendar:marks.${special.kind}`)}
                          </span>
                          <span className="sr-only">{`${t(`calendar:kinds.${special.kind}`)} ${special.name}`}</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
