import { api } from '../../api/client';
import { ApprovalActions, type ApprovalStep } from '../fee-standards/ApprovalActions';
import { ParkingStandardForm } from './ParkingStandardForm';
import { type ParkingStandard, useRefreshParkingStandards } from './parking-standard-queries';

const run = (step: ApprovalStep, id: string, reason?: string) => {
  const params = { path: { id } };
  if (step === 'submit') return api.POST('/api/parking/standards/{id}/submit', { params });
  if (step === 'review') return api.POST('/api/parking/standards/{id}/review', { params });
  if (step === 'approve') return api.POST('/api/parking/standards/{id}/approve', { params });
  return api.POST('/api/parking/standards/{id}/return', { params, body: { reason: reason ?? '' } });
};

/** A parking standard's steps on the fee standards' chain, as its `abilities` allow. */
export function ParkingStandardActions({ standard }: { standard: ParkingStandard }) {
  const refresh = useRefreshParkingStandards();
  return (
    <ApprovalActions
      entity="parking_standard"
      standard={standard}
      name={`${standard.estateName} ${standard.carParkName} ${standard.effectiveMonth}`}
      run={run}
      refresh={refresh}
      form={(onClose) => <ParkingStandardForm open standard={standard} onClose={onClose} />}
    />
  );
}
