import { HistoryOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../api/types';
import { textsOf } from '../../app/feature';
import { pendingTexts } from '../../app/i18n/i18n';
import { historyFeature } from './history.feature';

// The drawer (timeline, diff) loads the first time someone opens a history, with its texts (it names every module's
// fields and states): whatever page the button is on, the drawer never shows a key.
const HistoryDrawer = lazy(() =>
  Promise.all([import('./HistoryDrawer'), pendingTexts(textsOf(historyFeature))]).then(([m]) => ({ default: m.HistoryDrawer })),
);

/** "History" on any record page: opens the record's audit trail. Every module's detail page uses it. */
export function HistoryButton({ entity, id, name }: { entity: HistoryEntity; id: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        icon={<HistoryOutlined aria-hidden />}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('common:history.open')}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <HistoryDrawer entity={entity} id={id} name={name} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
