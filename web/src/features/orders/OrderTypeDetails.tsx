import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { DetailRef } from './DetailRef';
import type { Order } from './order-model';

export type DetailFieldDef = Order['typeDef']['fields'][number];

interface Props {
  order: Order;
  /** Only the fields that hold a value (the phone's task page: what was recorded), not the empty ones. */
  filledOnly?: boolean;
  /** Fields the page shows elsewhere already (the task's facts show what the call recorded). */
  omit?: (f: DetailFieldDef) => boolean;
  className?: string;
  /** The heading's id (a second copy on the page, as in the signature dialog, needs its own). */
  headingId?: string;
  /** Records of other modules by name only, without a link away (in a dialog someone signs in). */
  unlinked?: boolean;
}

/**
 * What the order's type records beside the fixed fields (a repair's location, fault, cause; a visit's checks and
 * infusion record), from the type's field list; on the order page every field, on the phone's task page those filled.
 */
export function OrderTypeDetails({
  order,
  filledOnly = false,
  omit,
  className = 'panel',
  headingId = 'order-type-details',
  unlinked = false,
}: Props) {
  const { t } = useTranslation();
  const filled = (f: DetailFieldDef) => order.details[f.key] !== undefined && order.details[f.key] !== '';
  // a field shown only while its box is ticked (a swap's numbers) is left out when it is not
  const fields = order.typeDef.fields.filter(
    (f) => (!f.shownWhen || order.details[f.shownWhen] === true) && (!filledOnly || filled(f)) && !omit?.(f),
  );
  if (!fields.length) return null;
  const label = (key: string) => t(`orders:details.${order.type}.${key}`);
  const value = (f: (typeof fields)[number]) => {
    const v = order.details[f.key];
    if (v === undefined || v === '') return t('common:empty');
    if (typeof v === 'boolean') return v ? t('common:yes') : t('common:no');
    // a record of another module (a visit's patient): its name, linked where the caller may open it
    const ref = f.kind === 'ref' ? order.detailRefs[f.key] : undefined;
    if (ref) return <DetailRef value={unlinked ? { ...ref, path: null } : ref} />;
    return f.kind === 'select' ? label(`${f.key}Options.${v}`) : v;
  };
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId} className="card-heading">
        {t([`orders:details.${order.type}.title`, 'orders:details.title'])}
      </h2>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        items={fields.map((f) => ({ key: f.key, label: label(f.key), children: value(f), span: f.kind === 'textarea' ? 2 : 1 }))}
      />
    </section>
  );
}
