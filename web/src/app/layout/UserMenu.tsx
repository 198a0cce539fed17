import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';
import { useSignOut } from '../auth/use-sign-out';
import { Initial } from '../ui/Initial';

/** Who is signed in (name, node, roles), with change password and sign out. */
export function UserMenu({ compact, onChangePassword }: { compact?: boolean; onChangePassword(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const roles = [...new Set(me.grants.map((g) => t(`roles:builtin.${g.roleCode}`, { defaultValue: g.roleName })))].join(
    t('common:listSeparator'),
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      content={
        <div className="user-panel">
          <div className="user-panel-who">
            <div className="user-menu-name">{me.user.displayName}</div>
            <div className="small muted">
              {me.user.username} · {me.user.orgName}
            </div>
            {roles ? <div className="small muted">{roles}</div> : null}
          </div>
          <ul className="popover-list">
            <li>
              <button
                type="button"
                className="popover-item"
                onClick={() => {
                  setOpen(false);
                  onChangePassword();
                }}
              >
                <span>
                  <KeyOutlined aria-hidden /> {t('auth:password.change')}
                </span>
              </button>
            </li>
            <li>
              <button type="button" className="popover-item" onClick={() => void signOut()}>
                <span>
                  <LogoutOutlined aria-hidden /> {t('auth:logout')}
                </span>
              </button>
            </li>
          </ul>
        </div>
      }
    >
      <Button type="text" className="user-menu-button" aria-haspopup="dialog" aria-expanded={open}>
        <Initial name={me.user.displayName} />
        <span className={compact ? 'sr-only' : 'user-menu-label'}>
          <span className="sr-only">{t('layout:userMenu.open')}</span>
          {me.user.displayName}
        </span>
      </Button>
    </Popover>
  );
}
