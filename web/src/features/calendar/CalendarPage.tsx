import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Skeleton, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ExportButton } from '../../app/ui/ExportButton';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { calendarQuery, clockText, type SpecialDay, useRefreshCalendar, weekdayOf } from './calendar-queries';
import { DayFormModal } from './DayFormModal';
import { ImportYearModal } from './ImportYearModal';
import { YearGrid } from './YearGrid';
import './calendar.css';

/**
 * 工作日历 (A4.7): a year's public holidays and make-up working days, the working hours in force, and — for those who
 * keep it — adding, removing and importing days. Waits and repair times are counted on it.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const thisYear = Number(useServerToday().slice(0, 4));
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear;
  const calendar = useQuery(calendarQuery(year));
  const refresh = useRefreshCalendar();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const [removing, setRemoving] = useState<SpecialDay | null>(null);

  const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, year])].sort();
  const data = calendar.data;
  const manage = data?.abilities.manage === true;

  const columns: TableProps<SpecialDay>['columns'] = [
    { key: 'day', title: t('calendar:fields.day'), dataIndex: 'day' },
    { key: 'weekday', title: t('calendar:fields.weekday'), render: (_, d) => t(`calendar:weekdays.${weekdayOf(d.day)}`) },
    {
      key: 'kind',
      title: t('calendar:fields.kind'),
      render: (_, d) => <Tag color={d.kind === 'holiday' ? 'red' : 'blue'}>{t(`calendar:kinds.${d.kind}`)}</Tag>,
    },
    { key: 'name', title: t('calendar:fields.name'), dataIndex: 'name' },
    ...(manage
      ? [
          {
            key: 'actions',
            title: t('common:fields.actions'),
            render: (_: unknown, d: SpecialDay) => (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={`${t('calendar:actions.remove')} ${d.day}`}
                onClick={() => setRemoving(d)}
              >
                {t('calendar:actions.remove')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const holidays = data?.days.filter((d) => d.kind === 'holiday').length ?? 0;
  return (
    <div className="calendar-page">
      <PageHeader
        title={t('calendar:title')}
        subtitle={t('calendar:intro')}
        extra={
          <>
            <Select
              aria-label={t('calendar:year')}
              value={year}
              onChange={(y) => setParams({ year: String(y) })}
              options={years.map((y) => ({ value: y, label: String(y) }))}
              className="calendar-year-select"
            />
            {manage ? (
              <>
                <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                  {t('calendar:actions.add')}
                </Button>
                <Button icon={<UploadOutlined aria-hidden />} onClick={() => setImporting(true)}>
                  {t('calendar:actions.import')}
                </Button>
              </>
            ) : null}
            <ExportButton path="/api/calendar/export.xlsx" query={{ year }} />
            {data ? <HistoryButton entity="calendar" id={data.id} name={t('calendar:title')} /> : null}
          </>
        }
      />
      {calendar.error ? <QueryError error={calendar.error} onRetry={() => calendar.refetch()} /> : null}
      {calendar.isPending ? <Skeleton active /> : null}
      {data ? (
        <>
          {data.nextYear.dayCount === 0 ? (
            <Alert type="warning" showIcon className="calendar-alert" title={t('calendar:nextYearMissing', { year: data.nextYear.year })} />
          ) : null}
          <section className="calendar-hours" aria-label={t('calendar:hours.title')}>
            <strong>{t('calendar:hours.title')}</strong>{' '}
            <span className="calendar-hours-value">
              {t('calendar:hours.value', { start: clockText(data.startMinutes), end: clockText(data.endMinutes) })}
            </span>{' '}
            <Link to={`/params?org=${data.id}`}>{t('calendar:hours.change')}</Link>
          </section>
          {data.days.length === 0 ? (
            <Alert type="info" showIcon className="calendar-alert" title={t('calendar:empty', { year })} />
          ) : (
            <p className="muted">{t('calendar:counts', { holidays, workdays: data.days.length - holidays })}</p>
          )}
          <YearGrid year={year} days={data.days} />
          <h2 className="calendar-list-title">{t('calendar:listTitle', { year })}</h2>
          <Table<SpecialDay> rowKey="day" size="small" columns={columns} dataSource={data.days} pagination={false} scroll={{ x: true }} />
        </>
      ) : null}
      <DayFormModal open={adding} onClose={() => setAdding(false)} onSaved={() => data && refresh(data.id)} />
      <ImportYearModal open={importing} year={year} onClose={() => setImporting(false)} onDone={() => data && refresh(data.id)} />
      <ConfirmAction
        open={removing !== null}
        title={t('calendar:actions.remove')}
        description={removing ? t('calendar:actions.removeConfirm', { day: removing.day, name: removing.name }) : ''}
        okText={t('calendar:actions.remove')}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={async () => {
          if (!removing || !data) return;
          await unwrap(api.DELETE('/api/calendar/days/{day}', { params: { path: { day: removing.day } } }));
          toast.success(t('calendar:form.removed', { day: removing.day }));
          await refresh(data.id);
        }}
      />
    </div>
  );
}
