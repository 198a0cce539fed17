import { api, unwrap } from '../../api/client';

/** The printable receipt's address (HTML the browser prints). */
export const printUrl = (id: string, size: 'receipt' | 'a4', lang: string) =>
  `/api/receipts/${encodeURIComponent(id)}/print?size=${size}&lang=${lang === 'en' ? 'en' : 'zh-CN'}`;

/**
 * Records the reprint (the copy then says 重印) and opens it. The tab is opened at the click, before
 * the request, so a popup blocker lets it through.
 */
export async function reprint(id: string, lang: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    await unwrap(api.POST('/api/receipts/{id}/reprint', { params: { path: { id } } }));
  } catch (e) {
    tab?.close();
    throw e;
  }
  const url = printUrl(id, 'a4', lang);
  if (tab) tab.location.href = url;
  else window.location.assign(url);
}
