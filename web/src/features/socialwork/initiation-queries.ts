import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Ok } from '../../api/types';
import { SOCIALWORK_KEY } from './project-queries';

export type Survey = Ok<'/api/socialwork/projects/{id}/surveys', 'get'>['items'][number];
export type PlanList = Ok<'/api/socialwork/projects/{id}/plans', 'get'>;
export type Plan = PlanList['items'][number];
export type PlanContent = Plan['content'];
export type SwMethod = PlanContent['methods'][number];
export type Agreement = Ok<'/api/socialwork/projects/{id}/agreements', 'get'>['items'][number];
export type Attachment = Survey['attachments'][number];

export const SW_METHODS: readonly SwMethod[] = ['casework', 'group', 'community'];

export const surveysQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'surveys', projectId],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}/surveys', { params: { path: { id: projectId } } })),
  });

export const plansQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'plans', projectId],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}/plans', { params: { path: { id: projectId } } })),
  });

export const agreementsQuery = (projectId: string) =>
  queryOptions({
    queryKey: [...SOCIALWORK_KEY, 'agreements', projectId],
    queryFn: () => unwrap(api.GET('/api/socialwork/projects/{id}/agreements', { params: { path: { id: projectId } } })),
  });

/** The printed 项目计划书 in the language the page is in. */
export const planPrintUrl = (plan: Plan, language: string) => `${plan.printUrl}${language === 'en' ? '?lang=en' : ''}`;

/** The methods a plan's warnings name (`method_missing:group` → group). */
export const missingOf = (warnings: readonly string[]) =>
  warnings.filter((w) => w.startsWith('method_missing:')).map((w) => w.slice('method_missing:'.length) as SwMethod);
