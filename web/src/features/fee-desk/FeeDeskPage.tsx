import './fee-desk.css';
import { UnorderedListOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Input, List, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { deskUnitQuery, unitLabel, unitSearchQuery } from './desk-queries';
import { type Paid, PayForm } from './PayForm';

/** 前台收费: search a unit (room, owner, phone), see its card and open bills, take the payment with a receipt. */
export function FeeDeskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const found = useQuery(unitSearchQuery(q));
  const entranceOf = (e: string) => t('feeDesk:entranceOf', { entrance: e });

  return (
    <>
      <PageHeader
        title={t('feeDesk:title')}
        subtitle={t('feeDesk:subtitle')}
        extra={
          <Button icon={<UnorderedListOutlined aria-hidden />} onClick={() => navigate('/fee-desk/payments')}>
            {t('feeDesk:payments.title')}
          </Button>
        }
      />
      <div className="fee-desk">
        <section className="fee-desk-search" aria-label={t('feeDesk:search.label')}>
          <Input.Search
            aria-label={t('feeDesk:search.label')}
            placeholder={t('feeDesk:search.placeholder')}
            allowClear
            enterButton={t('feeDesk:search.button')}
            onSearch={(v) => {
              setQ(v.trim());
              setUnitId(null);
            }}
          />
          {q ? (
            found.isError ? (
              <QueryError error={found.error} onRetry={() => found.refetch()} />
            ) : !found.data ? (
              <Skeleton active />
            ) : found.data.length === 0 ? (
              <Empty description={t('feeDesk:search.none')} />
            ) : (
              <List
                size="small"
                className="fee-desk-results"
                dataSource={found.data}
                renderItem={(u) => (
                  <List.Item>
                    <Button
                      type={u.id === unitId ? 'primary' : 'text'}
                      block
                      className="fee-desk-result"
                      aria-pressed={u.id === unitId}
                      onClick={() => setUnitId(u.id)}
                    >
                      {`${u.estateName} ${unitLabel(u, entranceOf)} · ${u.ownerName ?? t('feeDesk:noOwner')}${u.ownerPhone ? ` · ${u.ownerPhone}` : ''}`}
                    </Button>
                  </List.Item>
                )}
              />
            )
          ) : null}
        </section>
        {unitId ? <UnitDesk key={unitId} unitId={unitId} /> : null}
      </div>
    </>
  );
}

function UnitDesk({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const card = useQuery(deskUnitQuery(unitId));
  const [paid, setPaid] = useState<Paid | null>(null);
  if (card.isError) return <QueryError error={card.error} onRetry={() => card.refetch()} />;
  if (!card.data) return <Skeleton active />;
  const { unit } = card.data;
  const entranceOf = (e: string) => t('feeDesk:entranceOf', { entrance: e });
  return (
    <section className="fee-desk-unit" aria-label={t('feeDesk:unit.title')}>
      <Card size="small" title={`${unit.estateName} ${unitLabel(unit, entranceOf)}`}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
          <Descriptions.Item label={t('feeDesk:unit.owner')}>{unit.ownerName ?? t('feeDesk:noOwner')}</Descriptions.Item>
          <Descriptions.Item label={t('feeDesk:unit.phone')}>{unit.ownerPhone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('feeDesk:unit.area')}>{(unit.areaMilli / 1000).toFixed(2)}</Descriptions.Item>
          <Descriptions.Item label={t('feeDesk:unit.office')}>{unit.officeName}</Descriptions.Item>
        </Descriptions>
      </Card>
      {/* a fresh form whenever the open bills change (after a payment), so all of them are ticked again */}
      <PayForm key={card.data.openBills.map((b) => b.id).join()} desk={card.data} paid={paid} onPaid={setPaid} />
    </section>
  );
}
