import type { paths } from './schema';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;
type SuccessOf<R> = R extends { 200: infer A } ? JsonOf<A> : R extends { 201: infer B } ? JsonOf<B> : never;
/** The JSON a successful call of `method` on `path` answers. */
export type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? SuccessOf<R> : never;
/** The query parameters of a GET. */
export type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } } ? NonNullable<Q> : never;

export type Me = Ok<'/api/auth/me', 'get'>;
export type Org = Ok<'/api/orgs/{id}', 'get'>;
export type OrgKind = Org['kind'];
export type User = Ok<'/api/users/{id}', 'patch'>;
export type UserDetail = Ok<'/api/users/{id}', 'get'>;
export type Grant = UserDetail['grants'][number];
export type Role = Ok<'/api/roles/{id}', 'get'>;
export type Permission = Ok<'/api/permissions', 'get'>[number];
export type Param = Ok<'/api/orgs/{id}/params', 'get'>[number];
export type HistoryEvent = Ok<'/api/history/{entity}/{id}', 'get'>[number];
export type HistoryEntity = paths['/api/history/{entity}/{id}']['get']['parameters']['path']['entity'];

/** A page of a list, as every list endpoint answers. */
export interface PageOf<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
