import { HistoryOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntity } from '../../api/types';

// The drawer (timeline, diff) loads the first time someone opens a history.
const HistoryDrawer = lazy(() => import('./HistoryDrawer').then((m) => ({ default: m.HistoryDrawer })));

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
        {t('history:open')}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <HistoryDrawer entity={entity} id={id} name={name} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
