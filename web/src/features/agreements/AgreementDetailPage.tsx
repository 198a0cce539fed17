import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Skeleton, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { UnitLink } from '../estates/UnitLink';
import { useQuantityText } from '../orders/use-quantity';
import { AgreementActions } from './AgreementActions';
import { AgreementStatements } from './AgreementStatements';
import { AgreementStateTag } from './AgreementStateTag';
import { AgreementVisits } from './AgreementVisits';
import type { Agreement } from './agreement-model';
import { agreementQuery } from './agreement-queries';
import { scheduleText } from './schedule-text';
import './agreements.css';

/** One agreement: its terms, items and prices, both signatures, its visits, and exactly the steps the server allows. */
export function AgreementDetailPage() {
  const { id = '' } = useParams();
  const agreement = useQuery(agreementQuery(id));
  if (agreement.isPending) return <Skeleton active />;
  if (agreement.isError) return <QueryError error={agreement.error} onRetry={() => agreement.refetch()} />;
  const a = agreement.data;
  return (
    <>
      <PageHeader
        title={a.number}
        subtitle={
          <span className="agreement-subtitle">
            <AgreementStateTag state={a.state} /> {a.ownerName} · {a.address} · {a.officeName}
          </span>
        }
        extra={<AgreementActions agreement={a} />}
      />
      <PriceNotice agreement={a} />
      <div className="agreement-grid">
        <AgreementFacts agreement={a} />
        <AgreementItemsTable agreement={a} />
      </div>
      <AgreementStatements agreement={a} />
      <AgreementVisits agreement={a} />
    </>
  );
}

function PriceNotice({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (a.state === 'ended' || a.state === 'terminated')
    return (
      <Alert type="info" showIcon title={t(`agreements:closed.${a.state}`, { reason: a.closeReason ?? '' })} className="agreement-notice" />
    );
  if (!a.negotiated) return null;
  return a.priceApprovedAt ? (
    <Alert
      type="success"
      showIcon
      className="agreement-notice"
      title={t('agreements:price.approved', { name: a.priceApprovedBy ?? '', at: format.dateTime(a.priceApprovedAt) })}
    />
  ) : (
    <Alert type="warning" showIcon className="agreement-notice" title={t('agreements:price.pending')} />
  );
}

function AgreementFacts({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const empty = t('common:empty');
  const signature = (blobId: string | null, name: string | null, label: string) =>
    blobId ? (
      <figure className="agreement-signature">
        <img src={`/api/agreements/${a.id}/images/${blobId}`} alt={label} />
        <figcaption>
          {name} {a.signedAt ? format.dateTime(a.signedAt) : ''}
        </figcaption>
      </figure>
    ) : (
      t('agreements:fields.notSigned')
    );
  return (
    <section className="panel" aria-labelledby="agreement-facts">
      <h2 id="agreement-facts" className="card-heading">
        {t('agreements:detail.facts')}
      </h2>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={[
          { key: 'owner', label: t('agreements:fields.ownerName'), children: a.ownerName },
          { key: 'phone', label: t('agreements:fields.ownerPhone'), children: <a href={`tel:${a.ownerPhone}`}>{a.ownerPhone}</a> },
          {
            key: 'address',
            label: t('agreements:fields.address'),
            span: 2,
            children: (
              <>
                {a.address}
                <UnitLink unitId={a.unitId} />
              </>
            ),
          },
          { key: 'schedule', label: t('agreements:fields.schedule'), children: scheduleText(t, a.schedule), span: 2 },
          {
            key: 'period',
            label: t('agreements:fields.period'),
            children: t('agreements:detail.period', { from: a.startDate, to: a.endDate }),
          },
          { key: 'staff', label: t('agreements:fields.staffCount'), children: a.staffCount },
          { key: 'terms', label: t('agreements:fields.paymentTerms'), children: t(`agreements:paymentTerms.${a.paymentTerms}`) },
          { key: 'office', label: t('agreements:fields.office'), children: a.officeName },
          { key: 'notes', label: t('agreements:fields.notes'), children: a.notes ?? empty, span: 2 },
          {
            key: 'ownerSign',
            label: t('agreements:fields.ownerSignature'),
            children: signature(a.ownerSignatureBlobId, a.ownerSignerName, t('agreements:fields.ownerSignature')),
          },
          {
            key: 'officeSign',
            label: t('agreements:fields.officeSignature'),
            children: signature(a.officeSignatureBlobId, a.officeSignerName, t('agreements:fields.officeSignature')),
          },
        ]}
      />
    </section>
  );
}

function AgreementItemsTable({ agreement: a }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const quantity = useQuantityText();
  return (
    <section className="panel" aria-labelledby="agreement-items">
      <h2 id="agreement-items" className="card-heading">
        {t('agreements:detail.items')}
      </h2>
      <Table
        size="small"
        rowKey="lineNo"
        pagination={false}
        scroll={{ x: true }}
        dataSource={a.items}
        columns={[
          { key: 'item', title: t('agreements:fields.item'), dataIndex: 'itemName' },
          {
            key: 'qty',
            title: t('agreements:fields.quantity'),
            render: (_, i) => quantity(i.quantityMilli, i.unit),
          },
          {
            key: 'price',
            title: t('agreements:fields.unitPrice'),
            align: 'right',
            render: (_, i) => (
              <>
                <span className="money">{formatFen(i.unitPriceFen)}</span>
                {i.listPriceFen !== i.unitPriceFen ? (
                  <div className="muted small">
                    {t('agreements:price.listWas', { price: i.listPriceFen === null ? '—' : formatFen(i.listPriceFen) })}
                  </div>
                ) : null}
              </>
            ),
          },
          {
            key: 'amount',
            title: t('agreements:fields.amount'),
            align: 'right',
            render: (_, i) => <span className="money">{formatFen(i.amountFen)}</span>,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              {t('agreements:fields.perVisit')}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong className="money">{formatFen(a.perVisitFen)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </section>
  );
}
