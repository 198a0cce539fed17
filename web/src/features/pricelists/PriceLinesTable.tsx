import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../app/ui/money';
import type { PriceLine } from './pricelist-model';
import { useItemName } from './use-item-name';

/** A list's prices as residents would read them: item, unit, price per unit, note. */
export function PriceLinesTable({ lines, label }: { lines: PriceLine[]; label: string }) {
  const { t } = useTranslation();
  const itemName = useItemName();
  return (
    <Table<PriceLine>
      size="small"
      rowKey="itemId"
      pagination={false}
      aria-label={label}
      dataSource={lines}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'name', title: t('pricelists:fields.item'), render: (_, l) => itemName({ name: l.itemName, nameEn: l.itemNameEn }) },
        { key: 'category', title: t('pricelists:fields.category'), render: (_, l) => t(`pricelists:categories.${l.category}`) },
        {
          key: 'price',
          title: t('pricelists:fields.price'),
          align: 'right',
          render: (_, l) => (
            <span className="money">
              {formatFen(l.priceFen)} / {t(`pricelists:units.${l.unit}`)}
            </span>
          ),
        },
        { key: 'note', title: t('pricelists:fields.note'), render: (_, l) => l.note ?? t('common:empty') },
      ]}
    />
  );
}
