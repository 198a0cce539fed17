import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok, QueryOf } from '../../api/types';
import { SOCIALWORK_KEY } from './project-queries';

export type ActivityList = Ok<'/api/socialwork/projects/{id}/activities', 'get'>;
export type Activity = ActivityList['items'][number];
export type SwMethod = Activity['method'];
export const SW_METHODS: readonly SwMethod[] = ['casework', 'group', 'community'];
export type EthicsQuery = QueryOf<'/api/socialwork/ethics'>;
export type EthicsEntry = Ok<'/api/socialwork/ethics', 'get'>['items'][number];
export type OfferKind = EthicsEntry['kind'];
export const OFFER_KINDS: readonly OfferKind[] = ['gift', 'money', 'loan', 'benefit', 'other'];

export const activitiesQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'activities', projectId],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}/activities', { params: { path: { id: projectId } } })),
  });

export const ethicsQuery = (query: EthicsQuery) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'ethics', query],
    queryFn: () => unwrap(api.GET('/api/socialwork/ethics', { params: { query } })),
  });
