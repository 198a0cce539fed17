import { CheckOutlined, GlobalOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';

/** 中文 / English; the choice is remembered on this browser. */
export function LanguageSwitch({ compact }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = LANGUAGES.find((l) => l.code === i18n.language) ?? LANGUAGES[0];
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={
        <ul className="popover-list" aria-label={t('layout:language.label')}>
          {LANGUAGES.map((l) => (
            <li key={l.code}>
              <button
                type="button"
                className="popover-item"
                lang={l.code}
                aria-pressed={l.code === current.code}
                onClick={() => {
                  setOpen(false);
                  void changeLanguage(l.code);
                }}
              >
                <span>{l.label}</span>
                {l.code === current.code ? <CheckOutlined aria-hidden /> : null}
              </button>
            </li>
          ))}
        </ul>
      }
    >
      <Button type="text" icon={<GlobalOutlined aria-hidden />} aria-label={t('layout:language.switch', { current: current.label })}>
        {compact ? null : current.label}
      </Button>
    </Popover>
  );
}
