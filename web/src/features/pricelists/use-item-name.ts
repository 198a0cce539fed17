import { useTranslation } from 'react-i18next';

/** An item's name in the page's language: the English name on English pages where one is given, else the Chinese. */
export function useItemName() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (item: { name: string; nameEn?: string | null }) => (english && item.nameEn ? item.nameEn : item.name);
}
