import type { TFunction } from 'i18next';
import { isApiError } from '../../api/problem';

/** The user's words for a server code (`errors:<code>`), else the server's own detail. */
export function codeText(t: TFunction, code: string, fallback?: string): string {
  return t(`errors:${code}`, { defaultValue: fallback || t('errors:unknown') });
}

/** The message for any failure: a refusal's code through i18n, a network failure, or a generic one. */
export function errorText(t: TFunction, error: unknown): string {
  if (isApiError(error)) return codeText(t, error.code, error.problem.detail);
  return t('errors:unknown');
}
