import { Drawer } from 'antd';
import { Brand } from './Brand';
import { SideMenu } from './SideMenu';

/** The menu on a phone: slides in from the left, closes on choosing a page. */
export function NavDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  return (
    <Drawer
      open={open}
      placement="left"
      size={272}
      onClose={onClose}
      title={<Brand compact />}
      className="nav-drawer"
      styles={{ body: { padding: 0 } }}
    >
      <SideMenu onNavigate={onClose} />
    </Drawer>
  );
}
