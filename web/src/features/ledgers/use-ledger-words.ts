import { useTranslation } from 'react-i18next';
import type { LedgerField } from './ledger-queries';

/** What a kind is called on the page: a built-in kind in the page's language, a station's own as the station wrote it. */
export function useLedgerWords() {
  const { t, i18n } = useTranslation();
  const builtin = (kind: { builtin: boolean; code: string }, key: string, fallback: string) =>
    kind.builtin && i18n.exists(`ledgers:builtin.${kind.code}.${key}`) ? t(`ledgers:builtin.${kind.code}.${key}`) : fallback;
  return {
    kindName: (kind: { builtin: boolean; code: string; name: string }) => builtin(kind, 'name', kind.name),
    fieldLabel: (kind: { builtin: boolean; code: string }, f: LedgerField) => builtin(kind, `fields.${f.key}`, f.label),
    optionLabel: (kind: { builtin: boolean; code: string }, f: LedgerField, value: string) => {
      const i = f.options.indexOf(value);
      return i < 0 ? value : builtin(kind, `options.${f.key}.${i}`, value);
    },
  };
}
