import { useTranslation } from 'react-i18next';
import { formatFen } from '../../app/ui/money';
import { milliText } from './money';
import { OrderTypeDetails } from './OrderTypeDetails';
import type { Order } from './order-model';
import { partyContext } from './party';

/**
 * What the owner, customer or family signs for, repeated above the signature pad (A7.4.6, A5.6, X2): the items
 * charged and what the work recorded (a visit's drugs, drip times, checks and observations; a repair's fault and
 * cause), so that nobody signs blind. Records of other modules are named, not linked: a tap must not leave the pad.
 */
export function SignedRecord({ order }: { order: Order }) {
  const { t } = useTranslation();
  const unit = (u: string) => t(`pricelists:units.${u}`, { defaultValue: u });
  return (
    <div className="signed-record">
      <p className="signed-record-lead">{t('orders:sign.recordLead', partyContext(order.typeDef))}</p>
      {order.lines.length || order.materials.length ? (
        <section className="signed-record-part" aria-labelledby="signed-record-items">
          <h2 id="signed-record-items" className="card-heading">
            {t('orders:sign.items')}
          </h2>
          <ul className="signed-record-lines">
            {order.lines.map((l) => (
              <li key={`l${l.lineNo}`}>
                <span>
                  {l.itemName} × {milliText(l.quantityMilli)} {unit(l.unit)}
                </span>
                {l.amountFen !== null ? <span className="money">{formatFen(l.amountFen)}</span> : null}
              </li>
            ))}
            {order.materials.map((m) => (
              <li key={`m${m.lineNo}`}>
                <span>
                  {m.name} × {milliText(m.quantityMilli)} {m.unitLabel}
                </span>
                <span className="money">{formatFen(m.amountFen)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <OrderTypeDetails order={order} filledOnly unlinked headingId="signed-record-details" className="signed-record-part" />
    </div>
  );
}
