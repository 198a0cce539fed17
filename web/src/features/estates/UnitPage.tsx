import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Empty, Table, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { ResidentFormModal, UnitFormModal } from './EstateForms';
import { buildingsQuery, formatArea, type Resident, unitQuery } from './estate-queries';
import './estates.css';

/** One unit (房屋): its area, use and occupancy, its owners and tenants (past ones too), and its history. */
export function UnitPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const unit = useQuery(unitQuery(id));
  const estateId = unit.data?.estateId ?? '';
  const buildings = useQuery({ ...buildingsQuery(estateId), enabled: Boolean(estateId) && Boolean(unit.data?.abilities.manage) });
  const [editing, setEditing] = useState(false);
  const [resident, setResident] = useState<Resident | 'new' | null>(null);
  if (unit.isError) return <QueryError error={unit.error} onRetry={() => unit.refetch()} />;
  if (!unit.data) return <PageSpinner />;
  const u = unit.data;
  const name = `${u.estateName} ${u.buildingName} ${u.entrance ? `${t('estates:entranceOf', { entrance: u.entrance })} ` : ''}${u.room}`;
  const manage = u.abilities.manage;
  const columns: TableProps<Resident>['columns'] = [
    { key: 'role', title: t('estates:fields.role'), render: (_, r) => t(`estates:role.${r.role}`) },
    { key: 'name', title: t('estates:fields.name'), dataIndex: 'name' },
    { key: 'phone', title: t('estates:fields.phone'), dataIndex: 'phone' },
    { key: 'id', title: t('estates:fields.idNumber'), render: (_, r) => r.idNumberMasked ?? '—' },
    { key: 'in', title: t('estates:fields.moveInDate'), render: (_, r) => r.moveInDate ?? '—' },
    { key: 'out', title: t('estates:fields.moveOutDate'), render: (_, r) => r.moveOutDate ?? '—' },
    { key: 'active', title: t('estates:fields.active'), render: (_, r) => (r.active ? null : <Tag>{t('estates:movedOut')}</Tag>) },
    {
      key: 'actions',
      title: t('estates:actions'),
      render: (_, r) => (
        <>
          <HistoryButton entity="estate_resident" id={r.id} name={r.name} />
          {manage ? (
            <Button
              aria-label={`${t('common:actions.edit')} ${r.name}`}
              icon={<EditOutlined aria-hidden />}
              onClick={() => setResident(r)}
            />
          ) : null}
        </>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={name}
        subtitle={<Link to={`/estates/${u.estateId}`}>{u.estateName}</Link>}
        extra={
          <>
            <HistoryButton entity="estate_unit" id={u.id} name={name} />
            {manage ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                {t('common:actions.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Descriptions
        className="unit-facts"
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'building', label: t('estates:fields.building'), children: u.buildingName },
          { key: 'entrance', label: t('estates:fields.entrance'), children: u.entrance || '—' },
          { key: 'floor', label: t('estates:fields.floor'), children: u.floor },
          { key: 'room', label: t('estates:fields.room'), children: u.room },
          { key: 'area', label: t('estates:fields.area'), children: `${formatArea(u.areaMilli)} ㎡` },
          { key: 'use', label: t('estates:fields.use'), children: t(`estates:use.${u.use}`) },
          { key: 'occupancy', label: t('estates:fields.occupancy'), children: t(`estates:occupancy.${u.occupancy}`) },
          { key: 'active', label: t('estates:fields.active'), children: u.active ? t('estates:active') : t('estates:inactive') },
        ]}
      />
      <section aria-labelledby="unit-residents">
        <div className="estate-section-head">
          <h2 id="unit-residents">{t('estates:tabs.residents')}</h2>
          {manage ? (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setResident('new')}>
              {t('estates:resident.new')}
            </Button>
          ) : null}
        </div>
        <Table<Resident>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          columns={columns}
          dataSource={u.residents}
          locale={{ emptyText: <Empty description={t('estates:emptyResidents')} /> }}
        />
      </section>
      {editing ? (
        <UnitFormModal estateId={u.estateId} buildings={buildings.data?.items ?? []} unit={u} open onClose={() => setEditing(false)} />
      ) : null}
      {resident ? (
        <ResidentFormModal unitId={u.id} resident={resident === 'new' ? undefined : resident} open onClose={() => setResident(null)} />
      ) : null}
    </>
  );
}
