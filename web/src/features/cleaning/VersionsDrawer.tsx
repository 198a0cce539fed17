import { useQuery } from '@tanstack/react-query';
import { Drawer, Grid, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { MethodTag, ThresholdText } from './StandardText';
import { type Standard, versionsQuery } from './setup-queries';

/** 历史版本: every version of a check, newest first, each with why it was made and when it was replaced. */
export function VersionsDrawer({ standard, onClose }: { standard: Standard; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const screens = Grid.useBreakpoint();
  const versions = useQuery(versionsQuery(standard.id));
  return (
    <Drawer
      open
      title={t('cleaning:standards.versionsTitle', { object: standard.object })}
      onClose={onClose}
      size={screens.md === false ? '100%' : 520}
      destroyOnHidden
    >
      <p className="muted">{t('cleaning:standards.versionsHint')}</p>
      {versions.isError ? (
        <QueryError error={versions.error} onRetry={() => versions.refetch()} />
      ) : !versions.data ? (
        <Skeleton active />
      ) : (
        <ol className="cleaning-versions" aria-label={t('cleaning:standards.versionsTitle', { object: standard.object })}>
          {versions.data.items.map((v) => (
            <li key={v.id} className="cleaning-version">
              <div className="cleaning-version-head">
                <strong>{t('cleaning:standards.version', { version: v.version })}</strong>
                {v.retiredAt ? (
                  <Tag className="cleaning-tag-off">{t('cleaning:standards.replaced', { at: format.dateTime(v.retiredAt) })}</Tag>
                ) : (
                  <Tag className="cleaning-tag-on">{t('cleaning:standards.live')}</Tag>
                )}
              </div>
              <div>
                {v.object}: {v.criterion} <MethodTag method={v.method} /> <ThresholdText standard={v} />
              </div>
              <div className="muted small">
                {t('cleaning:standards.madeAt', { at: format.dateTime(v.createdAt) })}
                {v.note ? ` · ${t('cleaning:standards.because', { note: v.note })}` : ''}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Drawer>
  );
}
