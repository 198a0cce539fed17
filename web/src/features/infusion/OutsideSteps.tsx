import { Button, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useFormat } from '../../app/ui/format';
import { OrderDialog } from './OrderDialog';
import { GpCheckDialog, PharmacistReviewDialog } from './OutsideStepDialogs';
import { OUTSIDE_STEPS, type OutsideDrug } from './outside-queries';

/**
 * An outside drug's four signed steps (A5.5) as a vertical timeline: each signed step with who signed it and when,
 * and the next step's button for whoever may sign it now (the abilities the server gives).
 */
export function OutsideSteps({ drug }: { drug: OutsideDrug }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState<'gp' | 'pharmacist' | 'order' | null>(null);
  const mayOrder = useAbility('writeInfusionOrders');
  const signed = (byName: string | null | undefined, at: string | null | undefined) =>
    byName && at ? t('infusionConsent:outside.signedBy', { name: byName, at: format.dateTime(at) }) : '';
  const lines: Record<(typeof OUTSIDE_STEPS)[number], string[]> = {
    first_dose: [
      t('infusionConsent:outside.firstDoseLine', { on: drug.firstDose.on, hospital: drug.hospital }),
      drug.firstDose.note ?? '',
      signed(drug.firstDose.byName, drug.firstDose.at),
    ],
    gp_check: drug.gpCheck
      ? [
          t('infusionConsent:outside.gpLine', { no: drug.gpCheck.outpatientRecordNo }),
          drug.gpCheck.note ?? '',
          signed(drug.gpCheck.byName, drug.gpCheck.at),
        ]
      : [],
    pharmacist_review: drug.pharmacistReview
      ? [drug.pharmacistReview.note ?? '', signed(drug.pharmacistReview.byName, drug.pharmacistReview.at)]
      : [],
    physician_order: drug.order
      ? [t('infusionConsent:outside.orderLine', { number: drug.order.number ?? '' }), signed(drug.order.byName, drug.order.at)]
      : [],
  };
  const current = drug.step === 'done' ? OUTSIDE_STEPS.length : OUTSIDE_STEPS.indexOf(drug.step);
  return (
    <>
      <Steps
        orientation="vertical"
        size="small"
        current={current}
        items={OUTSIDE_STEPS.map((s, i) => ({
          title: t(`infusion:outsideSteps.${s}`),
          content: (
            <div className="outside-step">
              {lines[s].filter(Boolean).map((line) => (
                <div key={line}>{line}</div>
              ))}
              {i === current && s === 'gp_check' && drug.abilities.gpCheck ? (
                <Button type="primary" onClick={() => setOpen('gp')}>
                  {t('infusionConsent:outside.gpCheck')}
                </Button>
              ) : null}
              {i === current && s === 'pharmacist_review' && drug.abilities.pharmacistReview ? (
                <Button type="primary" onClick={() => setOpen('pharmacist')}>
                  {t('infusionConsent:outside.pharmacistReview')}
                </Button>
              ) : null}
              {i === current && s === 'physician_order' && mayOrder ? (
                <Button type="primary" onClick={() => setOpen('order')}>
                  {t('infusionConsent:outside.writeOrder')}
                </Button>
              ) : null}
              {i === current && s !== 'first_dose' && lines[s].length === 0 ? (
                <div className="muted">{t('infusionConsent:outside.waiting')}</div>
              ) : null}
            </div>
          ),
        }))}
      />
      <GpCheckDialog drug={drug} open={open === 'gp'} onClose={() => setOpen(null)} />
      <PharmacistReviewDialog drug={drug} open={open === 'pharmacist'} onClose={() => setOpen(null)} />
      {open === 'order' ? (
        <OrderDialog
          patientId={drug.patientId}
          patientName={drug.patientName}
          outside={{ id: drug.id, drugId: drug.drugId }}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
