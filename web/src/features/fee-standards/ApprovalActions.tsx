import { EditOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from '../../api/client';
import type { HistoryEntity } from '../../api/types';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';

export type ApprovalStep = 'submit' | 'review' | 'approve' | 'return';

interface Props {
  /** The standard's history entity (`fee_standard`, `parking_standard`). */
  entity: HistoryEntity;
  standard: {
    id: string;
    effectiveMonth: string;
    abilities: { edit: boolean; submit: boolean; review: boolean; approve: boolean; return: boolean };
  };
  /** How people name it in the confirmations: estate, item or car park, month. */
  name: string;
  /** The step's request (the return carries the reason). */
  run(step: ApprovalStep, id: string, reason?: string): Promise<{ data?: unknown; error?: unknown; response: Response }>;
  refresh(id: string): Promise<unknown>;
  /** The edit form, shown while editing. */
  form(onClose: () => void): ReactNode;
}

/**
 * Edit / submit / pass / approve / return of a standard on the fee standards' approval chain (property fees,
 * parking), exactly as its `abilities` allow, each asked first in the fee standards' words.
 */
export function ApprovalActions({ entity, standard, name, run, refresh, form }: Props) {
  const { t } = useTranslation();
  const toast = useToast();
  const [step, setStep] = useState<ApprovalStep | null>(null);
  const [shown, setShown] = useState<ApprovalStep>('submit');
  const [editing, setEditing] = useState(false);
  const ask = (s: ApprovalStep) => {
    setShown(s);
    setStep(s);
  };
  const a = standard.abilities;
  const stepButton = (s: ApprovalStep) =>
    a[s] ? (
      <Button type={s === 'return' ? 'default' : 'primary'} danger={s === 'return'} onClick={() => ask(s)}>
        {t(`feeStandards:actions.${s}`)}
      </Button>
    ) : null;
  return (
    <>
      {a.edit ? (
        <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
          {t('common:actions.edit')}
        </Button>
      ) : null}
      {stepButton('submit')}
      {stepButton('review')}
      {stepButton('approve')}
      {stepButton('return')}
      <HistoryButton entity={entity} id={standard.id} name={name} />
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
      {editing ? form(() => setEditing(false)) : null}
    </>
  );
}
