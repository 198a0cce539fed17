import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { type MouseEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusal } from '../../api/client';
import { isApiError, SESSION_LOST_CODES } from '../../api/problem';
import { sessionLost } from '../auth/session-events';
import { errorText } from './error-text';
import { useToast } from './toast';

type Query = Record<string, string | number | boolean | null | undefined>;

/** The export's address: the list's filters (empty ones left out) and, on English pages, `lang=en`. */
export function exportHref(path: string, query: Query, language: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  if (language === 'en') params.set('lang', 'en');
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const fileName = (disposition: string | null) => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'export.xlsx';

/**
 * 导出 Excel: a link to the list's export with the page's filters, in the page's language. A plain
 * click fetches the file first, so a refusal (more rows than one file holds) shows as a message on the
 * page rather than as a page of JSON; opening the link in a new tab still works.
 */
export function ExportButton({ path, query = {}, label }: { path: string; query?: Query; label?: string }) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const href = exportHref(path, query, i18n.language);

  const download = async (e: MouseEvent<HTMLElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const res = await fetch(href, { credentials: 'same-origin' }).catch(async () => {
        throw await refusal(undefined, undefined);
      });
      if (!res.ok) throw await refusal(res, await res.json().catch(() => undefined));
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(res.headers.get('content-disposition'));
      document.body.append(a);
      a.click();
      a.remove();
      // the browser has taken the file once the click returns; the address is freed a little later
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      if (isApiError(error) && error.status === 401 && SESSION_LOST_CODES.has(error.code)) sessionLost(error.code);
      else toast.error(errorText(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={<DownloadOutlined aria-hidden />} href={href} loading={busy} onClick={download}>
      {label ?? t('common:actions.export')}
    </Button>
  );
}
