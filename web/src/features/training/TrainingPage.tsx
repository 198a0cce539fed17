import './training.css';
import { DatePicker, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../app/auth/use-me';
import { OrgTreeSelect } from '../../app/org-scope/OrgTreeSelect';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { PageHeader } from '../../app/ui/PageHeader';
import { useServerToday } from '../../app/ui/server-time';
import { CoursesTab } from './CoursesTab';
import { HoursTab } from './HoursTab';
import { PlanTab } from './PlanTab';
import { SessionsTab } from './SessionsTab';

const TABS = ['plan', 'sessions', 'courses', 'hours'] as const;
const keepsTraining = (kind: string) => kind === 'station' || kind === 'centre';

/**
 * 学习培训 (A1.1): one station's (or centre's) training for a year — its plan, the sessions held, the outside courses
 * and each person's hours. The station, year and tab are kept in the URL.
 */
export function TrainingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const scope = useOrgScope();
  const today = useServerToday();
  const [params, setParams] = useSearchParams();
  const set = (key: string, value: string) => setParams((q) => ({ ...Object.fromEntries(q), [key]: value }), { replace: true });
  const tab = TABS.find((x) => x === params.get('tab')) ?? 'plan';
  const year = Number(params.get('year')) || Number(today.slice(0, 4));
  const fallback = [scope.orgId, me.user.orgId].find((id) => id && keepsTraining(scope.orgs.byId.get(id)?.kind ?? '')) ?? null;
  const orgId = params.get('org') ?? fallback;

  return (
    <div className="training">
      <PageHeader title={t('training:pages.TrainingPage')} subtitle={t('training:subtitle')} />
      <search className="toolbar">
        <div className="tr-org">
          <OrgTreeSelect
            aria-label={t('training:org')}
            placeholder={t('training:org')}
            value={orgId ?? undefined}
            onChange={(v) => v && set('org', v)}
            selectable={(o) => o.active && keepsTraining(o.kind)}
          />
        </div>
        <DatePicker
          picker="year"
          aria-label={t('training:year')}
          allowClear={false}
          value={dayjs(`${year}-01-01`)}
          onChange={(d) => d && set('year', String(d.year()))}
        />
      </search>
      {orgId ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => set('tab', k)}
          items={[
            { key: 'plan', label: t('training:tabs.plan'), children: <PlanTab orgId={orgId} year={year} /> },
            { key: 'sessions', label: t('training:tabs.sessions'), children: <SessionsTab orgId={orgId} year={year} /> },
            { key: 'courses', label: t('training:tabs.courses'), children: <CoursesTab orgId={orgId} year={year} /> },
            { key: 'hours', label: t('training:tabs.hours'), children: <HoursTab orgId={orgId} year={year} /> },
          ]}
        />
      ) : null}
    </div>
  );
}
