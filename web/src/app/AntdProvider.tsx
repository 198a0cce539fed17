import { ConfigProvider, type ThemeConfig } from 'antd';
import { type ReactNode, use } from 'react';
import { useTranslation } from 'react-i18next';
import { antdLocaleOf, pendingAntdPart } from './i18n/i18n';
import { isLanguage } from './i18n/languages';

// A deeper blue than antd's default, and darker secondary text and placeholders (a filter's placeholder names the
// filter): all pass WCAG AA contrast on white.
const CHINESE_FIRST =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** In English, Latin fonts first: a CJK font draws ’ and quotes full-width ("office ’ s"); Chinese names still find theirs. */
const LATIN_FIRST =
  "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', 'Helvetica Neue', Arial, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0b5cad',
    colorInfo: '#0b5cad',
    colorLink: '#0b5cad',
    colorError: '#c4161c',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    borderRadius: 6,
    // People who asked their system for less motion get none (no zooming popovers, sliding drawers).
    motion: !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    fontFamily: CHINESE_FIRST,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', siderBg: '#ffffff', bodyBg: '#f4f6f9' },
    // a list's "nothing here" (无) is drawn in the disabled grey, below AA contrast; a list has nothing else disabled
    List: { colorTextDisabled: 'rgba(0, 0, 0, 0.6)' },
  },
};

/**
 * antd in the current language and the app's theme, around everything behind sign-in. It waits for the language's
 * antd and dayjs part (a chunk of its own): the sign-in page, which everyone loads first, carries no antd at all.
 */
export function AntdProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const pending = pendingAntdPart();
  if (pending) use(pending);
  const locale = isLanguage(i18n.language) ? antdLocaleOf(i18n.language) : undefined;
  return (
    <ConfigProvider
      locale={locale}
      theme={i18n.language === 'en' ? { ...theme, token: { ...theme.token, fontFamily: LATIN_FIRST } } : theme}
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
