import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../app/ui/money';
import type { PlanContent } from './initiation-queries';

type Section = { key: string; children: ReactNode; same?: (a: PlanContent, b: PlanContent) => boolean };

/**
 * The sections of a 项目计划书's content, in the order of the printed form. Given the plan in force as `base` (a change
 * request's new plan, A3.4), the sections the change alters are marked, so the supervisor and the head see what they
 * approve, not only the request's summary.
 */
export function PlanContentView({ content: c, base }: { content: PlanContent; base?: PlanContent | undefined }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`swInitiation:plan.fields.${key}`);
  const method = (m: string) => t(`swInitiation:method.${m}`);
  const text = (key: keyof PlanContent & string): Section => ({ key, children: String(c[key]) });
  const sections: Section[] = [
    text('background'),
    text('theory'),
    text('longTermGoals'),
    text('stageGoals'),
    text('area'),
    {
      key: 'period',
      children: t('swInitiation:survey.range', { from: c.periodFrom, to: c.periodTo }),
      same: (a, b) => a.periodFrom === b.periodFrom && a.periodTo === b.periodTo,
    },
    text('serviceUsers'),
    {
      key: 'methods',
      children: c.methods.length ? c.methods.map(method).join(t('common:listSeparator')) : t('common:empty'),
      same: (a, b) => [...a.methods].sort().join() === [...b.methods].sort().join(),
    },
    {
      key: 'activities',
      children: (
        <ul className="sw-plan-activities">
          {c.activities.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a plan's activities have no id; their order is fixed
            <li key={i}>{t('swInitiation:plan.activityLine', { title: a.title, method: method(a.method), frequency: a.frequency })}</li>
          ))}
        </ul>
      ),
      same: (a, b) => JSON.stringify(a.activities) === JSON.stringify(b.activities),
    },
    text('frequency'),
    { key: 'cost', children: formatFen(c.costFen), same: (a, b) => a.costFen === b.costFen },
    text('benefitTargets'),
    text('executors'),
  ];
  const changed = (s: Section) =>
    base !== undefined && !(s.same ? s.same(c, base) : c[s.key as keyof PlanContent] === base[s.key as keyof PlanContent]);
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      className="sw-plan-view"
      items={sections.map((s) => ({
        key: s.key,
        label: changed(s) ? (
          <>
            {f(s.key)} <Tag color="orange">{t('swExecution:changes.changedSection')}</Tag>
          </>
        ) : (
          f(s.key)
        ),
        children: s.children,
      }))}
    />
  );
}
