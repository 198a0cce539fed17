import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';

type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;
export type MandateQuery = NonNullable<paths['/api/bank-mandates']['get']['parameters']['query']>;
export type BatchQuery = NonNullable<paths['/api/bank-batches']['get']['parameters']['query']>;
export type Mandate = Ok<'/api/bank-mandates/{id}', 'get'>;
export type Batch = Ok<'/api/bank-batches', 'get'>['items'][number];
export type BatchDetail = Ok<'/api/bank-batches/{id}', 'get'>;
export type BatchLine = BatchDetail['lines'][number];
export type ReturnResult = Ok<'/api/bank-batches/{id}/return', 'post'>;

export const MANDATE_STATES = ['active', 'cancelled'] as const;
export const BATCH_STATES = ['exported', 'returned'] as const;
export const BANK_KEY = ['bankCollection'] as const;

export const mandatesQuery = (query: MandateQuery) =>
  queryOptions({
    queryKey: [...BANK_KEY, 'mandates', query],
    queryFn: () => unwrap(api.GET('/api/bank-mandates', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const batchesQuery = (query: BatchQuery) =>
  queryOptions({
    queryKey: [...BANK_KEY, 'batches', query],
    queryFn: () => unwrap(api.GET('/api/bank-batches', { params: { query } })),
    placeholderData: keepPreviousData,
  });
export const batchQuery = (id: string) =>
  queryOptions({
    queryKey: [...BANK_KEY, 'batch', id],
    queryFn: () => unwrap(api.GET('/api/bank-batches/{id}', { params: { path: { id } } })),
  });
export type BatchPreviewQuery = paths['/api/bank-batches/preview']['get']['parameters']['query'];
/** What a batch exported now would collect and hold out (asked again whenever the dialog opens). */
export const batchPreviewQuery = (query: BatchPreviewQuery) =>
  queryOptions({
    queryKey: [...BANK_KEY, 'preview', query],
    queryFn: () => unwrap(api.GET('/api/bank-batches/preview', { params: { query } })),
    staleTime: 0,
  });
export const estateOptionsQuery = () =>
  queryOptions({
    queryKey: [...BANK_KEY, 'estates'],
    queryFn: () => unwrap(api.GET('/api/estates', { params: { query: { pageSize: 100, active: 'true' } } })),
  });

/** The address of a download with its query (empty values left out). */
export function href(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** The file's bytes as base64, for the JSON body. */
export async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
