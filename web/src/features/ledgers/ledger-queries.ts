import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type Overview = Ok<'/api/ledgers/kinds', 'get'>;
export type LedgerKind = Overview['kinds'][number];
export type LedgerPlace = Overview['places'][number];
export type LedgerKindDetail = Ok<'/api/ledgers/kinds/{id}', 'get'>;
export type LedgerField = LedgerKind['fields'][number];
export type FieldType = LedgerField['type'];
export const FIELD_TYPES: readonly FieldType[] = ['text', 'longtext', 'date', 'datetime', 'number', 'select', 'person', 'phone'];
export type EntryQuery = QueryOf<'/api/ledgers/entries'>;
export type EntryPage = Ok<'/api/ledgers/entries', 'get'>;
export type LedgerEntry = EntryPage['items'][number];

/** The key every query of the ledgers starts with: one invalidation reads them all again. */
export const LEDGERS_KEY = ['ledgers'] as const;

/**
 * What a number field of a ledger takes: the server stores a number below 10¹² either way (ledger-entry.rules.ts) and
 * answers 请填写数字 beyond, so the form says the bound instead.
 */
export const LEDGER_NUMBER = { min: -999_999_999_999, max: 999_999_999_999 } as const;

export const overviewQuery = queryOptions({
  queryKey: [...LEDGERS_KEY, 'overview'],
  queryFn: () => unwrap(api.GET('/api/ledgers/kinds')),
});

export const kindQuery = (id: string) =>
  queryOptions({
    queryKey: [...LEDGERS_KEY, 'kind', id],
    queryFn: () => unwrap(api.GET('/api/ledgers/kinds/{id}', { params: { path: { id } } })),
  });

export const entriesQuery = (query: EntryQuery) =>
  queryOptions({
    queryKey: [...LEDGERS_KEY, 'entries', query],
    queryFn: () => unwrap(api.GET('/api/ledgers/entries', { params: { query } })),
  });

export const peopleQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...LEDGERS_KEY, 'people', orgId],
    queryFn: () => unwrap(api.GET('/api/ledgers/people', { params: { query: { orgId } } })),
    staleTime: 60_000,
  });

/** Reads every ledger query again (after a write). */
export function useLedgersChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: LEDGERS_KEY });
}
