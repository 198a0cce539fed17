import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useFormat } from '../ui/format';

const listQuery = {
  queryKey: ['notifications', 'list'],
  queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { limit: 30 } } })),
};

/** The caller's notifications, unread first: each links to its record and can be marked read. */
export function NotificationList({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const list = useQuery(listQuery);
  const refresh = () => client.invalidateQueries({ queryKey: ['notifications'] });
  const read = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({ mutationFn: () => unwrap(api.POST('/api/notifications/read-all')), onSuccess: refresh });

  if (list.isPending) return <Spin size="small" aria-label={t('layout:notifications.loading')} />;
  if (list.isError) return <p role="alert">{t('layout:notifications.error')}</p>;
  if (list.data.items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('layout:notifications.empty')} />;
  return (
    <>
      {list.data.unread ? (
        <div className="notification-head">
          <span>{t('layout:notifications.unread', { count: list.data.unread })}</span>
          <Button size="small" type="link" onClick={() => readAll.mutate()} loading={readAll.isPending}>
            {t('layout:notifications.readAll')}
          </Button>
        </div>
      ) : null}
      <ul className="notification-list">
        {list.data.items.map((n) => (
          <li key={n.id} className={n.readAt ? 'notification-item' : 'notification-item notification-unread'}>
            <Link
              to={n.link}
              onClick={() => {
                if (!n.readAt) read.mutate(n.id);
                onNavigate();
              }}
            >
              {t(`compliance:${n.text.key}`, { ...n.text.values, defaultValue: n.entity.label })}
            </Link>
            <div className="notification-meta">
              <span>{t('layout:notifications.clause', { clause: n.clauseId })}</span>
              <span>{format.dateTime(n.createdAt)}</span>
              {n.readAt ? null : (
                <Button size="small" type="link" onClick={() => read.mutate(n.id)}>
                  {t('layout:notifications.markRead')}
                </Button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
