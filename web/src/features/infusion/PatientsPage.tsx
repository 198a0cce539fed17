import './infusion-patients.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Input, Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAbility } from '../../app/auth/use-me';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { sortOrderOf, useListParams } from '../../app/ui/use-list-params';
import { PatientDialog } from './PatientDialog';
import { EligibilityTag } from './PatientEligibility';
import { MOBILITIES, type PatientQuery, type PatientRow, patientListQuery, teamListQuery } from './patient-queries';

const FILTERS = ['team', 'eligible', 'mobility', 'inactive'] as const;

const pick = <T extends string>(values: readonly T[], v: string | undefined): T | undefined =>
  values.includes(v as T) ? (v as T) : undefined;

/**
 * 出诊输液患者 (A5.1): the patients of the caller's centres and stations, who is eligible and why not, their team
 * and area; 登记患者 for the nurses and physicians. Filters live in the URL; cards on a phone.
 */
export function PatientsPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const format = useFormat();
  const mayRegister = useAbility('editInfusionPatients');
  const scope = useOrgScope();
  const list = useListParams(FILTERS, { sort: '-createdAt' });
  const f = list.filters;
  const eligible = pick(['true', 'false'] as const, f.eligible);
  const mobility = pick(MOBILITIES, f.mobility);
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  const query: PatientQuery = {
    page: list.page,
    pageSize: list.pageSize,
    ...(list.sort ? { sort: list.sort as PatientQuery['sort'] } : {}),
    ...(list.q ? { q: list.q } : {}),
    // the header's centre or station, as every list of the shell
    ...(scope.orgId && !scope.urlOrgInvisible ? { orgId: scope.orgId } : {}),
    ...(f.team ? { teamId: f.team } : {}),
    ...(eligible ? { eligible } : {}),
    ...(mobility ? { mobility } : {}),
    ...(f.inactive === 'true' ? { active: 'false' as const } : {}),
  };
  const patients = useQuery(patientListQuery(query));
  const teams = useQuery(teamListQuery());
  const [registering, setRegistering] = useState(false);
  const filtered = Boolean(list.q || f.team || eligible || mobility || f.inactive);

  const sexAge = (p: PatientRow) => `${t(`infusion:sex.${p.sex}`)} · ${t('infusionPatients:fields.ageValue', { age: p.age })}`;
  const teamArea = (p: PatientRow) => `${p.teamName} · ${p.area}`;
  const nameLink = (p: PatientRow) => (
    <span>
      <Link to={`/infusion/patients/${p.id}`}>{p.name}</Link>
      {p.active ? null : <Tag className="infusion-tag-off">{t('infusionPatients:patients.inactive')}</Tag>}
    </span>
  );

  return (
    <div className="infusion-patients">
      <PageHeader
        title={t('infusionPatients:patients.title')}
        subtitle={t('infusionPatients:patients.subtitle')}
        extra={
          mayRegister ? (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRegistering(true)}>
              {t('infusionPatients:patients.new')}
            </Button>
          ) : null
        }
      />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t('infusionPatients:patients.search')}
          placeholder={t('infusionPatients:patients.search')}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => list.update({ q: v.trim() })}
        />
        <Select
          aria-label={t('infusionPatients:patients.team')}
          placeholder={t('infusionPatients:patients.team')}
          allowClear
          value={f.team}
          onChange={(v) => list.update({ team: v ?? null })}
          options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
        <Select
          aria-label={t('infusionPatients:patients.eligibility')}
          placeholder={t('infusionPatients:patients.eligibility')}
          allowClear
          value={eligible}
          onChange={(v) => list.update({ eligible: v ?? null })}
          options={[
            { value: 'true', label: t('infusionPatients:eligible.yes') },
            { value: 'false', label: t('infusionPatients:eligible.no') },
          ]}
        />
        <Select
          aria-label={t('infusionPatients:patients.mobility')}
          placeholder={t('infusionPatients:patients.mobility')}
          allowClear
          value={mobility}
          onChange={(v) => list.update({ mobility: v ?? null })}
          options={MOBILITIES.map((m) => ({ value: m, label: t(`infusion:mobility.${m}`) }))}
        />
        <Select
          aria-label={t('infusionPatients:patients.showInactive')}
          value={f.inactive === 'true' ? 'true' : 'false'}
          onChange={(v) => list.update({ inactive: v === 'true' ? 'true' : null })}
          options={[
            { value: 'false', label: t('infusionPatients:patients.served') },
            { value: 'true', label: t('infusionPatients:patients.inactive') },
          ]}
        />
      </search>
      {patients.isError ? (
        <QueryError error={patients.error} onRetry={() => patients.refetch()} />
      ) : (
        <ResponsiveTable<PatientRow>
          label={t('infusionPatients:patients.title')}
          rowKey="id"
          items={patients.data?.items}
          total={patients.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={patients.isFetching}
          empty={<Empty description={t(filtered ? 'infusionPatients:patients.noMatch' : 'infusionPatients:patients.empty')} />}
          onPageChange={list.onPageChange}
          onTableChange={list.onTableChange}
          columns={[
            {
              key: 'name',
              title: t('infusionPatients:fields.name'),
              sorter: true,
              sortOrder: sortOrderOf(list.sort, 'name'),
              render: (_, p) => nameLink(p),
            },
            { key: 'sexAge', title: t('infusionPatients:fields.sexAge'), render: (_, p) => sexAge(p) },
            { key: 'mobility', title: t('infusionPatients:fields.mobility'), render: (_, p) => t(`infusion:mobility.${p.mobility}`) },
            { key: 'teamArea', title: t('infusionPatients:fields.teamArea'), render: (_, p) => teamArea(p) },
            { key: 'eligibility', title: t('infusionPatients:patients.eligibility'), render: (_, p) => <EligibilityTag patient={p} /> },
            { key: 'phone', title: t('infusionPatients:fields.phone'), render: (_, p) => p.phone ?? '' },
            {
              key: 'createdAt',
              title: t('common:fields.createdAt'),
              sorter: true,
              sortOrder: sortOrderOf(list.sort, 'createdAt'),
              render: (_, p) => format.date(p.createdAt),
            },
          ]}
          renderCard={(p) => (
            <div>
              <div className="record-card-title">{nameLink(p)}</div>
              <div className="record-card-line">
                {sexAge(p)} · {t(`infusion:mobility.${p.mobility}`)}
              </div>
              <div className="record-card-line">{teamArea(p)}</div>
              <div className="record-card-line">
                <EligibilityTag patient={p} />
              </div>
              {p.phone ? <div className="record-card-line">{p.phone}</div> : null}
            </div>
          )}
        />
      )}
      {registering ? (
        <PatientDialog
          onClose={() => setRegistering(false)}
          onSaved={(p) => {
            toast.success(t('infusionPatients:patients.created'));
            navigate(`/infusion/patients/${p.id}`);
          }}
        />
      ) : null}
    </div>
  );
}
