import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';

export type Workbench = Ok<'/api/workbench', 'get'>;
export type TodoItem = Workbench['todos'][number];
export type FigureItem = Workbench['figures'][number];

export const workbenchQuery = () =>
  queryOptions({
    queryKey: ['workbench'],
    queryFn: () => unwrap(api.GET('/api/workbench')),
    // counts change with every step anyone takes: coming back home asks again
    staleTime: 0,
  });
