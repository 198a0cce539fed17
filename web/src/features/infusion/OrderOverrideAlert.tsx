import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import type { Override } from './order-queries';

/**
 * An order's override of excluded drugs (A5.3), in orange wherever the order shows: the categories and the reason,
 * and on the order's own page the head's review.
 */
export function OrderOverrideAlert({ override, compact = false }: { override: Override; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const categories = override.categories.map((c) => c.name).join(t('common:listSeparator'));
  return (
    <Alert
      type="warning"
      showIcon
      className="detail-alert"
      title={t('infusionOrders:override.title', { categories })}
      description={
        compact ? (
          t('infusionOrders:override.reason', { reason: override.reason })
        ) : (
          <>
            <p>{t('infusionOrders:override.reason', { reason: override.reason })}</p>
            <p>
              {override.reviewedAt
                ? t('infusionOrders:override.reviewed', {
                    by: override.reviewedBy ?? '',
                    at: format.dateTime(override.reviewedAt),
                    note: override.reviewNote ?? '',
                  })
                : t('infusionOrders:override.pending')}
            </p>
          </>
        )
      }
    />
  );
}
