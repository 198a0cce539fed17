import { BellOutlined } from '@ant-design/icons';
import { Button, Empty, Popover } from 'antd';
import { useTranslation } from 'react-i18next';

/** Where reminders will appear (deadlines, approvals); no module sends any yet, so it says so. */
export function NotificationArea() {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('layout:notifications.title')}
      content={
        <div className="notification-panel">
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('layout:notifications.empty')} />
        </div>
      }
    >
      <Button type="text" aria-label={t('layout:notifications.open')} icon={<BellOutlined aria-hidden />} />
    </Popover>
  );
}
