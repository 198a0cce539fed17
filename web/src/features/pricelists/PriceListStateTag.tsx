import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriceListState } from './pricelist-model';

/** A price list's state, in colours that keep AA contrast at tag size (pricelists.css). */
export function PriceListStateTag({ state }: { state: PriceListState }) {
  const { t } = useTranslation();
  return <Tag className={`pricelist-state pricelist-state-${state}`}>{t(`pricelists:states.${state}`)}</Tag>;
}
