import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatFen } from '../../app/ui/money';
import { batchPreviewQuery } from './bank-queries';

/**
 * What exporting now would send the bank, shown in the export dialog before the clerk exports: the lines and total,
 * and each bill held out because an adjustment of it awaits the office head (the server holds them out too).
 */
export function BatchPreview({ estateId, period }: { estateId: string; period: string }) {
  const { t } = useTranslation();
  const preview = useQuery(batchPreviewQuery({ estateId, period }));
  if (!preview.data) return null;
  const { lineCount, totalFen, heldOut } = preview.data;
  return (
    <div className="bank-preview" role="status">
      <p>{t('bankCollection:batch.preview', { count: lineCount, amount: formatFen(totalFen) })}</p>
      {heldOut.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('bankCollection:batch.heldOutTitle', { count: heldOut.length })}
          description={
            <>
              <p>{t('bankCollection:batch.heldOutHelp')}</p>
              <ul>
                {heldOut.map((b) => (
                  <li key={b.billId}>
                    <Link to={`/bills/${b.billId}`}>{`${b.unitLabel} ${b.itemName} ${b.period}`}</Link>
                    {t('bankCollection:batch.heldOutLine', {
                      due: formatFen(b.dueFen),
                      adjustment: formatFen(b.pendingAdjustmentFen),
                    })}
                  </li>
                ))}
              </ul>
            </>
          }
        />
      ) : null}
    </div>
  );
}
