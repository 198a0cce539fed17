import { useQuery } from '@tanstack/react-query';
import { DatePicker, Empty, Radio, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/ui/ExportButton';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { type HoursRow, hoursQuery, yearBounds } from './training-queries';

/**
 * 个人学时统计 (A1.1): each staff member of the node with the hours of the sessions attended and of the outside courses,
 * for the page's year or a chosen range of days; exported to Excel as shown.
 */
export function HoursTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const period = range ?? yearBounds(year);
  const report = useQuery(hoursQuery({ orgId, ...period }));
  if (report.isError) return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  const items = report.data?.items;

  return (
    <div>
      <Space className="toolbar" wrap>
        <Radio.Group
          aria-label={t('training:hours.period')}
          value={range ? 'range' : 'year'}
          onChange={(e) => setRange(e.target.value === 'range' ? yearBounds(year) : null)}
          options={[
            { value: 'year', label: t('training:hours.byYear') },
            { value: 'range', label: t('training:hours.byRange') },
          ]}
        />
        {range ? (
          <DatePicker.RangePicker
            aria-label={t('training:hours.period')}
            allowClear={false}
            value={[dayjs(range.from), dayjs(range.to)]}
            onChange={(r) => r?.[0] && r[1] && setRange({ from: r[0].format('YYYY-MM-DD'), to: r[1].format('YYYY-MM-DD') })}
          />
        ) : null}
        <ExportButton path="/api/training/hours/export.xlsx" query={{ orgId, ...period }} label={t('training:hours.export')} />
      </Space>
      <ResponsiveTable<HoursRow>
        label={t('training:hours.title')}
        rowKey="userId"
        items={items}
        total={items?.length ?? 0}
        whole
        loading={report.isFetching}
        empty={<Empty description={t('training:hours.empty')} />}
        columns={[
          { key: 'name', title: t('training:hours.name'), render: (_, r) => r.name },
          { key: 'org', title: t('training:hours.org'), render: (_, r) => r.orgName },
          { key: 'sessions', title: t('training:hours.sessions'), align: 'right', render: (_, r) => r.sessions },
          { key: 'sessionHours', title: t('training:hours.sessionHours'), align: 'right', render: (_, r) => r.sessionHours },
          { key: 'courses', title: t('training:hours.courses'), align: 'right', render: (_, r) => r.courses },
          { key: 'outsideHours', title: t('training:hours.outsideHours'), align: 'right', render: (_, r) => r.outsideHours },
          { key: 'totalHours', title: t('training:hours.totalHours'), align: 'right', render: (_, r) => <strong>{r.totalHours}</strong> },
        ]}
        renderCard={(r) => (
          <div>
            <div className="record-card-title">
              {r.name} · {t('training:hours.totalHours')} {r.totalHours}
            </div>
            <div className="record-card-line">
              {t('training:hours.sessionHours')} {r.sessionHours} · {t('training:hours.outsideHours')} {r.outsideHours}
            </div>
          </div>
        )}
      />
    </div>
  );
}
