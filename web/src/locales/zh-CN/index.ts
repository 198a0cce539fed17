import zhCN from 'antd/es/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import { type LocaleBundle, resourcesOf } from '../bundle';

/** Everything Chinese needs, loaded as one chunk when the language is chosen: every namespace's file in this folder. */
export const bundle: LocaleBundle = {
  resources: resourcesOf(import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' })),
  antdLocale: zhCN,
  dayjsLocale: 'zh-cn',
};
