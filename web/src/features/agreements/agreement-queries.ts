import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { Agreement, AgreementListQuery } from './agreement-model';

export const AGREEMENTS_KEY = ['agreements'] as const;

export const agreementsQuery = (query: AgreementListQuery) =>
  queryOptions({
    queryKey: [...AGREEMENTS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/agreements', { params: { query } })),
    placeholderData: keepPreviousData,
  });

export const agreementQuery = (id: string) =>
  queryOptions({
    queryKey: [...AGREEMENTS_KEY, 'one', id],
    queryFn: () => unwrap(api.GET('/api/agreements/{id}', { params: { path: { id } } })),
  });

/** After an agreement changed: show the server's answer, refresh lists, history and the orders its visits touched. */
export function useAgreementChanged() {
  const client = useQueryClient();
  return (a: Agreement) => {
    client.setQueryData(agreementQuery(a.id).queryKey, a);
    void client.invalidateQueries({ queryKey: [...AGREEMENTS_KEY, 'list'] });
    void client.invalidateQueries({ queryKey: ['history', 'agreement', a.id] });
    void client.invalidateQueries({ queryKey: ['orders'] });
  };
}

type Call = Promise<{ data?: Agreement; error?: unknown; response: Response }>;
const STALE = new Set(['record.version_conflict', 'agreement.invalid_transition']);

/**
 * Sends one agreement command with the version the user last saw; when someone else changed it first,
 * the agreement is reloaded and the refusal says so (`agreement.reloaded`).
 */
export function useAgreementCommand(a: Pick<Agreement, 'id' | 'version'>) {
  const client = useQueryClient();
  const changed = useAgreementChanged();
  return async (send: (version: number) => Call): Promise<Agreement> => {
    try {
      const next = await unwrap(send(a.version));
      changed(next);
      return next;
    } catch (e) {
      if (isApiError(e) && STALE.has(e.code)) {
        await client.invalidateQueries({ queryKey: agreementQuery(a.id).queryKey });
        if (e.code === 'record.version_conflict') throw new ApiError(e.status, { ...e.problem, code: 'agreement.reloaded', errors: [] });
      }
      throw e;
    }
  };
}
