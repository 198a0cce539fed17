import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { HistoryButton } from '../history/HistoryButton';
import type { Receipt } from './money-queries';
import { printUrl } from './receipt-actions';

interface Props {
  receipt: Receipt;
  onVoid(r: Receipt): void;
  onReplace(r: Receipt): void;
  onReprint(r: Receipt): void;
}

/** What can be done with one receipt: a live one is printed, reprinted or voided; a voided one replaced. */
export function ReceiptActions({ receipt: r, onVoid, onReplace, onReprint }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Space wrap size="small">
      {r.voidedAt ? null : (
        <>
          <Button size="small" href={printUrl(r.id, 'receipt', i18n.language)} target="_blank" rel="noopener">
            {t('money:receipts.print')}
          </Button>
          <Button size="small" onClick={() => onReprint(r)}>
            {t('money:receipts.reprint')}
          </Button>
        </>
      )}
      {r.abilities.void ? (
        <Button size="small" danger onClick={() => onVoid(r)}>
          {t('money:receipts.doVoid')}
        </Button>
      ) : null}
      {r.abilities.replace ? (
        <Button size="small" onClick={() => onReplace(r)}>
          {t('money:receipts.replace')}
        </Button>
      ) : null}
      <HistoryButton entity="receipt" id={r.id} name={r.number} />
    </Space>
  );
}
