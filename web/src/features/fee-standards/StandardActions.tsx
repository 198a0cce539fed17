import { api } from '../../api/client';
import { ApprovalActions, type ApprovalStep } from './ApprovalActions';
import { type Standard, useRefreshStandards } from './fee-standard-queries';
import { StandardFormModal } from './StandardFormModal';

const run = (step: ApprovalStep, id: string, reason?: string) => {
  const params = { path: { id } };
  if (step === 'submit') return api.POST('/api/fee-standards/{id}/submit', { params });
  if (step === 'review') return api.POST('/api/fee-standards/{id}/review', { params });
  if (step === 'approve') return api.POST('/api/fee-standards/{id}/approve', { params });
  return api.POST('/api/fee-standards/{id}/return', { params, body: { reason: reason ?? '' } });
};

/** A fee standard's steps, as its `abilities` allow. */
export function StandardActions({ standard }: { standard: Standard }) {
  const refresh = useRefreshStandards();
  return (
    <ApprovalActions
      entity="fee_standard"
      standard={standard}
      name={`${standard.estateName} ${standard.itemName} ${standard.effectiveMonth}`}
      run={run}
      refresh={refresh}
      form={(onClose) => <StandardFormModal open standard={standard} onClose={onClose} />}
    />
  );
}
