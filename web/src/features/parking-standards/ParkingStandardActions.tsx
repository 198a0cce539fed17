import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { ParkingStandardForm } from './ParkingStandardForm';
import { type ParkingStandard, useRefreshParkingStandards } from './parking-standard-queries';

type Step = 'submit' | 'review' | 'approve' | 'return';

const run = (step: Step, id: string, reason?: string) => {
  const params = { path: { id } };
  if (step === 'submit') return api.POST('/api/parking/standards/{id}/submit', { params });
  if (step === 'review') return api.POST('/api/parking/standards/{id}/review', { params });
  if (step === 'approve') return api.POST('/api/parking/standards/{id}/approve', { params });
  return api.POST('/api/parking/standards/{id}/return', { params, body: { reason: reason ?? '' } });
};

/** Edit / submit / pass / approve / return, exactly as the standard's `abilities` allow, each asked first (the fee standards' words). */
export function ParkingStandardActions({ standard }: { standard: ParkingStandard }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshParkingStandards();
  const [step, setStep] = useState<Step | null>(null);
  const [shown, setShown] = useState<Step>('submit');
  const [editing, setEditing] = useState(false);
  const ask = (s: Step) => {
    setShown(s);
    setStep(s);
  };
  const a = standard.abilities;
  const name = `${standard.estateName} ${standard.carParkName} ${standard.effectiveMonth}`;
  return (
    <>
      {a.edit ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('common:actions.edit')}
        </Button>
      ) : null}
      {a.submit ? (
        <Button type="primary" onClick={() => ask('submit')}>
          {t('feeStandards:actions.submit')}
        </Button>
      ) : null}
      {a.review ? (
        <Button type="primary" onClick={() => ask('review')}>
          {t('feeStandards:actions.review')}
        </Button>
      ) : null}
      {a.approve ? (
        <Button type="primary" onClick={() => ask('approve')}>
          {t('feeStandards:actions.approve')}
        </Button>
      ) : null}
      {a.return ? (
        <Button danger onClick={() => ask('return')}>
          {t('feeStandards:actions.return')}
        </Button>
      ) : null}
      <HistoryButton entity="parking_standard" id={standard.id} name={name} />
      <ConfirmAction
        open={step !== null}
        title={t(`feeStandards:confirm.${shown}.title`, { name })}
        description={t(`feeStandards:confirm.${shown}.text`, { month: standard.effectiveMonth })}
        okText={t(`feeStandards:actions.${shown}`)}
        danger={shown === 'return'}
        withReason={shown === 'return' ? 'required' : undefined}
        onClose={() => setStep(null)}
        onConfirm={async (reason) => {
          await unwrap(run(shown, standard.id, reason));
          await refresh(standard.id);
          toast.success(t(`feeStandards:confirm.${shown}.done`));
        }}
      />
      {editing ? <ParkingStandardForm open standard={standard} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
