import './notifications.css';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Popover, Spin } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { pendingTexts } from '../i18n/i18n';

// The list (and its texts' formatting) loads the first time the bell is opened: the shell stays small.
// loaded when the bell is opened, with the texts of the notifications (the compliance module's)
const NotificationList = lazy(() =>
  Promise.all([import('./NotificationList'), pendingTexts(['compliance'])]).then(([m]) => ({ default: m.NotificationList })),
);

/** Only the unread count, polled each minute; the list itself is fetched when opened. */
export const unreadQuery = {
  queryKey: ['notifications', 'unread'],
  queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 1 } } })).then((r) => r.unread),
  refetchInterval: 60_000,
};

/** The bell in the header: how many notifications are unread, and the list with links to the records. */
export function NotificationArea() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const unread = useQuery(unreadQuery).data ?? 0;
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={t('layout:notifications.title')}
      content={
        <div className="notification-panel">
          {open ? (
            <Suspense fallback={<Spin size="small" />}>
              <NotificationList onNavigate={() => setOpen(false)} />
            </Suspense>
          ) : null}
        </div>
      }
    >
      {/* the count sits beside the button, not in it: the button's name is its label alone (axe: label-content-name-mismatch) */}
      <span className="notification-bell">
        <Button
          type="text"
          aria-label={unread ? t('layout:notifications.openUnread', { count: unread }) : t('layout:notifications.open')}
          icon={<BellOutlined aria-hidden />}
        />
        {unread ? (
          <span className="notification-count" aria-hidden>
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </span>
    </Popover>
  );
}
