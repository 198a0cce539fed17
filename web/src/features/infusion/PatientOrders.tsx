/** A section of the patient page: a placeholder of the contract, built by the part that owns it. */
export function PatientOrders({ patientId }: { patientId: string }) {
  return <section data-patient={patientId} />;
}
