import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Order } from './order-model';

/** A record an order's detail points to (a visit's patient, its physician order), as the server named it. */
export type RecordRef = Order['detailRefs'][string];

/**
 * The record a `ref` detail names: its label, a link to its page where the caller may read it (the server sends the
 * path only then), and what it lists after it (a physician order's drugs).
 */
export function DetailRef({ value }: { value: RecordRef }) {
  const { t } = useTranslation();
  const label = value.path ? <Link to={value.path}>{value.label}</Link> : value.label;
  if (!value.contents?.length) return <>{label}</>;
  return (
    <>
      {label}
      {t('orders:details.refContents', { contents: value.contents.join(t('common:listSeparator')) })}
    </>
  );
}
