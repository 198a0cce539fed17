import { useQuery } from '@tanstack/react-query';
import { Card, List, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { checksQuery } from './money-queries';

/** 检查: books not returned in time, number gaps, invoices late — of one unit when given. */
export function MoneyChecks({ officeId }: { officeId?: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const checks = useQuery(checksQuery(officeId));
  const data = checks.data;

  return (
    <section aria-labelledby="checks-title" className="money-section">
      <h2 id="checks-title">{t('money:checks.title')}</h2>
      {checks.isError ? (
        <QueryError error={checks.error} onRetry={() => checks.refetch()} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <div className="money-cards">
          <Card size="small" title={t('money:checks.notReturned')}>
            <List
              size="small"
              dataSource={data.notReturned}
              locale={{ emptyText: t('money:checks.none') }}
              renderItem={(b) => (
                <List.Item>
                  {t('money:checks.notReturnedLine', {
                    book: `${b.series} ${b.firstNo}`,
                    holder: b.cashierName ?? b.holderName,
                    count: b.days,
                  })}
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('money:checks.gaps')}>
            <List
              size="small"
              dataSource={data.gaps}
              locale={{ emptyText: t('money:checks.none') }}
              renderItem={(g) => (
                <List.Item>
                  {t('money:checks.gapLine', { series: g.series, holder: g.holderName, numbers: g.missing.join(', ') })}
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('money:checks.lateInvoices')}>
            <List
              size="small"
              dataSource={data.lateInvoices}
              locale={{ emptyText: t('money:checks.none') }}
              renderItem={(i) => (
                <List.Item>
                  {t('money:checks.lateLine', {
                    order: i.orderNumber,
                    customer: i.customerName,
                    office: i.officeName,
                    due: format.date(i.dueAt),
                  })}
                </List.Item>
              )}
            />
          </Card>
        </div>
      )}
    </section>
  );
}
