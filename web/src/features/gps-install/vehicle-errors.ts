import { ApiError, isApiError } from '../../api/problem';

/**
 * The server names a refused vehicle by its place in the list (`vehicleIds.2`); the form has one field for the
 * whole list, so the refusal is put on it (the message names the plate where the server knows it).
 */
export function onVehicleList(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const errors = error.fieldErrors.map((f) => (f.field.startsWith('vehicleIds.') ? { ...f, field: 'vehicleIds' } : f));
  return new ApiError(error.status, { ...error.problem, errors });
}
