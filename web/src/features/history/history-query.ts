import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { HistoryEntity } from '../../api/types';

export const historyQuery = (entity: HistoryEntity, id: string) =>
  queryOptions({
    queryKey: ['history', entity, id],
    queryFn: () => unwrap(api.GET('/api/history/{entity}/{id}', { params: { path: { entity, id } } })),
    staleTime: 0,
  });
