import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { HistoryButton } from '../history/HistoryButton';
import { CourseDialog } from './CourseDialog';
import { type Course, coursesQuery, yearBounds } from './training-queries';

/** 上级培训班: courses outside the station its staff attended, ending in the year. */
export function CoursesTab({ orgId, year }: { orgId: string; year: number }) {
  const { t } = useTranslation();
  const mayManage = useAbility('manageTraining');
  const courses = useQuery(coursesQuery({ orgId, ...yearBounds(year) }));
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  if (courses.isError) return <QueryError error={courses.error} onRetry={() => courses.refetch()} />;
  const items = courses.data?.items;
  const dates = (c: Course) => t('common:aside', { text: `${c.fromOn} – ${c.toOn}`, aside: t('training:course.days', { count: c.days }) });

  return (
    <div>
      {mayManage ? (
        <Space className="toolbar">
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('training:course.new')}
          </Button>
        </Space>
      ) : null}
      <ResponsiveTable<Course>
        label={t('training:tabs.courses')}
        rowKey="id"
        items={items}
        total={items?.length ?? 0}
        whole
        loading={courses.isFetching}
        empty={<Empty description={t('training:course.empty')} />}
        columns={[
          { key: 'person', title: t('training:course.person'), render: (_, c) => c.userName },
          { key: 'title', title: t('training:course.title'), render: (_, c) => c.title },
          { key: 'organiser', title: t('training:course.organiser'), render: (_, c) => c.organiser },
          { key: 'dates', title: t('training:course.dates'), render: (_, c) => dates(c) },
          { key: 'hours', title: t('training:course.hours'), align: 'right', render: (_, c) => c.hours },
          { key: 'certificate', title: t('training:course.certificate'), render: (_, c) => c.certificate ?? t('common:empty') },
          {
            key: 'actions',
            title: t('common:fields.actions'),
            render: (_, c) => (
              <Space>
                {c.abilities.edit ? (
                  <Button size="small" onClick={() => setEditing(c)}>
                    {t('training:course.edit')}
                  </Button>
                ) : null}
                <HistoryButton entity="training_outside_course" id={c.id} name={`${c.userName} ${c.title}`} />
              </Space>
            ),
          },
        ]}
        renderCard={(c) => (
          <div>
            <div className="record-card-title">
              {c.userName} · {c.title}
            </div>
            <div className="record-card-line">
              {c.organiser} · {dates(c)} · {c.hours} h
            </div>
            {c.abilities.edit ? (
              <Button size="small" onClick={() => setEditing(c)}>
                {t('training:course.edit')}
              </Button>
            ) : null}
          </div>
        )}
      />
      {editing ? <CourseDialog orgId={orgId} course={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
