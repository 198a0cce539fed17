import enUS from 'antd/es/locale/en_US';
import 'dayjs/locale/en';
import { type LocaleBundle, resourcesOf } from '../bundle';

/** Everything English needs, loaded as one chunk when the language is chosen: every namespace's file in this folder. */
export const bundle: LocaleBundle = {
  resources: resourcesOf(import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' })),
  antdLocale: enUS,
  dayjsLocale: 'en',
};
