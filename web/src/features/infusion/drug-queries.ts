import { keepPreviousData, queryOptions, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';

export type DrugQuery = QueryOf<'/api/infusion/drugs'>;
export type Drug = Ok<'/api/infusion/drugs', 'get'>['items'][number];
export type CategoryList = Ok<'/api/infusion/drug-categories', 'get'>;
export type Category = CategoryList['items'][number];

export const DRUGS_KEY = ['infusion', 'drugs'] as const;

export const drugListQuery = (query: DrugQuery) =>
  queryOptions({
    queryKey: [...DRUGS_KEY, 'list', query],
    queryFn: () => unwrap(api.GET('/api/infusion/drugs', { params: { query } })),
    placeholderData: keepPreviousData,
  });

/** The centre's active drugs for a select (a centre keeps a few dozen). */
export const activeDrugsQuery = () =>
  queryOptions({
    queryKey: [...DRUGS_KEY, 'active'],
    queryFn: () => unwrap(api.GET('/api/infusion/drugs', { params: { query: { pageSize: 100, active: 'true' } } })),
    staleTime: 60_000,
  });

export const categoriesQuery = () =>
  queryOptions({
    queryKey: [...DRUGS_KEY, 'categories'],
    queryFn: () => unwrap(api.GET('/api/infusion/drug-categories')),
  });

/** After a change of the catalogue: drugs and categories are read again. */
export function useDrugsChanged() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: DRUGS_KEY });
}

/** The server's limits on a drug's and a category's fields (infusion-drug.schemas.ts). */
export const drugFields = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  spec: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  categoryName: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  code: z.optional(z.string().check(z.trim(), z.maxLength(40), z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/))),
});
