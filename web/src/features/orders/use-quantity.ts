import { useTranslation } from 'react-i18next';
import { milliText } from './money';

/**
 * A line's quantity with its unit in the reader's language, the plural by the number (3 hours, 1 hour, 1.5 hours;
 * 3 小时): `quantity(3000, 'hour')`. A unit the catalogue does not know reads as it is stored.
 */
export function useQuantityText(): (quantityMilli: number, unit: string) => string {
  const { t } = useTranslation();
  return (quantityMilli, unit) => {
    const qty = milliText(quantityMilli);
    return t(`pricelists:quantity.${unit}`, { count: quantityMilli / 1000, qty, defaultValue: `${qty} ${unit}` });
  };
}
