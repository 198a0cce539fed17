import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const paramsQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['params', orgId],
    queryFn: () => unwrap(api.GET('/api/orgs/{id}/params', { params: { path: { id: orgId } } })),
  });
