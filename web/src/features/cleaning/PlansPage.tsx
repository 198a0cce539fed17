import './cleaning-setup.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { EstateSelect } from '../estates/EstateSelect';
import { PlanDialog } from './PlanDialog';
import { INSPECTION_LEVELS, type Plan, type PlanQuery, planListQuery } from './setup-queries';

const FILTERS = ['estate', 'level', 'active'] as const;

const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/** 检查计划 (A6.3): which areas of each estate are checked at which level, how often, by whom, and whose they are. */
export function PlansPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const mayPlan = useAbility('planCleaning');
  const list = useListParams(FILTERS);
  const f = list.filters;
  const level = pick(INSPECTION_LEVELS, f.level);
  const active = pick(['true', 'false'] as const, f.active);
  const query: PlanQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(f.estate ? { estateId: f.estate } : {}),
    ...(level ? { level } : {}),
    ...(active ? { active } : {}),
  };
  const plans = useQuery(planListQuery(query));
  const [editing, setEditing] = useState<Plan | 'new' | null>(null);
  const filtered = Boolean(f.estate || level || active);
  const areasOf = (p: Plan) => p.areas.map((a) => t(`cleaning:areas.${a}`)).join(t('common:listSeparator'));
  const editButton = (p: Plan) =>
    p.mayEdit ? (
      <Button
        size="small"
        onClick={() => setEditing(p)}
        aria-label={t('cleaning:plans.editOf', { estate: p.estateName, level: t(`cleaning:levels.${p.level}`) })}
      >
        {t('common:actions.edit')}
      </Button>
    ) : null;
  const activeTag = (p: Plan) => (
    <Tag className={p.active ? 'cleaning-tag-on' : 'cleaning-tag-off'}>{t(p.active ? 'cleaning:plans.on' : 'cleaning:plans.off')}</Tag>
  );

  return (
    <div className="cleaning-setup">
      <PageHeader
        title={t('cleaning:plans.title')}
        subtitle={t('cleaning:plans.subtitle')}
        extra={
          mayPlan ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('cleaning:plans.new')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <EstateSelect label={t('cleaning:plans.estate')} value={f.estate} onChange={(v) => list.update({ estate: v ?? null })} allowClear />
        <Select
          aria-label={t('cleaning:plans.level')}
          placeholder={t('cleaning:plans.level')}
          allowClear
          value={level}
          onChange={(v) => list.update({ level: v ?? null })}
          options={INSPECTION_LEVELS.map((l) => ({ value: l, label: t(`cleaning:levels.${l}`) }))}
        />
        <Select
          aria-label={t('cleaning:plans.active')}
          placeholder={t('cleaning:plans.active')}
          allowClear
          value={active}
          onChange={(v) => list.update({ active: v ?? null })}
          options={[
            { value: 'true', label: t('cleaning:plans.on') },
            { value: 'false', label: t('cleaning:plans.off') },
          ]}
        />
      </search>
      {plans.isError ? (
        <QueryError error={plans.error} onRetry={() => plans.refetch()} />
      ) : (
        <ResponsiveTable<Plan>
          label={t('cleaning:plans.title')}
          rowKey="id"
          items={plans.data?.items}
          total={plans.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={plans.isFetching}
          empty={<Empty description={t(filtered ? 'cleaning:plans.noMatch' : 'cleaning:plans.empty')} />}
          onPageChange={list.onPageChange}
          columns={[
            { key: 'estate', title: t('cleaning:plans.estate'), dataIndex: 'estateName' },
            { key: 'level', title: t('cleaning:plans.level'), render: (_, p) => t(`cleaning:levels.${p.level}`) },
            { key: 'frequency', title: t('cleaning:plans.frequency'), render: (_, p) => t(`cleaning:frequencies.${p.frequency}`) },
            { key: 'areas', title: t('cleaning:plans.areas'), render: (_, p) => areasOf(p) },
            { key: 'inspector', title: t('cleaning:plans.inspector'), dataIndex: 'inspectorName' },
            { key: 'cleaner', title: t('cleaning:plans.cleaner'), dataIndex: 'cleanerName' },
            { key: 'active', title: t('cleaning:plans.active'), render: (_, p) => activeTag(p) },
            { key: 'actions', title: t('common:fields.actions'), render: (_, p) => editButton(p) },
          ]}
          renderCard={(p) => (
            <div>
              <div className="record-card-title">
                <span>
                  {p.estateName} · {t(`cleaning:levels.${p.level}`)}
                </span>
                {activeTag(p)}
              </div>
              <div className="record-card-line">
                {t(`cleaning:frequencies.${p.frequency}`)} · {areasOf(p)}
              </div>
              <div className="record-card-line">
                {t('cleaning:plans.inspector')}: {p.inspectorName} · {t('cleaning:plans.cleaner')}: {p.cleanerName}
              </div>
              {editButton(p)}
            </div>
          )}
        />
      )}
      {editing ? (
        <PlanDialog
          plan={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={(created) => toast.success(created ? t('cleaning:plans.created') : t('cleaning:plans.saved'))}
        />
      ) : null}
      {mayPlan ? (
        <p className="muted small cleaning-note">
          {t('cleaning:plans.plannedNote')} <Link to="/cleaning/inspections">{t('cleaning:menu.inspections')}</Link>
        </p>
      ) : null}
    </div>
  );
}
