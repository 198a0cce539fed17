import { ApartmentOutlined, CheckOutlined, DownOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgScope } from '../org-scope/org-scope';
import type { OrgTreeNode } from '../org-scope/org-tree';

interface Option {
  id: string;
  name: string;
  code: string | null;
  depth: number;
  active: boolean;
}

/** Moves focus between the picker's buttons with the arrow keys (Tab still works). */
function arrowKeys(e: KeyboardEvent<HTMLElement>, container: HTMLElement | null) {
  if (!container || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('button.org-picker-option')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const next = e.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : at - 1;
  e.preventDefault();
  if (next < 0) container.querySelector<HTMLInputElement>('input')?.focus();
  else buttons[next]?.focus();
}

/**
 * Chooses the node every page works in. It lists only the nodes the server lets this user see, in
 * tree order, indented by level, with a search box for large organisations.
 */
export function OrgSwitcher({ block }: { block?: boolean }) {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const panel = useRef<HTMLDivElement>(null);
  const options = useMemo(() => {
    const out: Option[] = [];
    const walk = (n: OrgTreeNode, depth: number) => {
      out.push({ id: n.org.id, name: n.org.name, code: n.org.code, depth, active: n.org.active });
      for (const c of n.children) walk(c, depth + 1);
    };
    for (const root of scope.orgs.tree) walk(root, 0);
    return out;
  }, [scope.orgs.tree]);

  const needle = search.trim().toLowerCase();
  const shown = needle
    ? options.filter((o) => o.name.toLowerCase().includes(needle) || (o.code ?? '').toLowerCase().includes(needle))
    : options;
  const several = scope.orgs.tree.length > 1;
  const current = scope.orgId ? scope.orgs.byId.get(scope.orgId) : undefined;
  const label = current?.name ?? (several ? t('layout:orgSwitcher.all') : t('layout:orgSwitcher.placeholder'));
  const choose = (id: string | null) => {
    scope.select(id);
    setOpen(false);
    setSearch('');
  };
  const option = (id: string | null, name: string, depth: number, active = true) => {
    const selected = (id ?? null) === (current?.id ?? null);
    return (
      <li key={id ?? 'all'}>
        <button
          type="button"
          className={selected ? 'org-picker-option org-picker-selected' : 'org-picker-option'}
          style={{ paddingInlineStart: 10 + (needle ? 0 : depth) * 16 }}
          aria-pressed={selected}
          onClick={() => choose(id)}
        >
          <span className={active ? undefined : 'org-inactive'}>{active ? name : t('common:status.inactiveName', { name })}</span>
          {selected ? <CheckOutlined aria-hidden /> : null}
        </button>
      </li>
    );
  };

  return (
    <Popover
      trigger="click"
      placement={block ? 'bottom' : 'bottomRight'}
      arrow={false}
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) setSearch('');
      }}
      content={
        // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys move between the buttons inside
        <div className="org-picker" ref={panel} onKeyDown={(e) => arrowKeys(e, panel.current)}>
          <input
            type="search"
            className="org-picker-search"
            value={search}
            placeholder={t('layout:orgSwitcher.search')}
            aria-label={t('layout:orgSwitcher.search')}
            onChange={(e) => setSearch(e.target.value)}
            // biome-ignore lint/a11y/noAutofocus: the picker opens to be searched
            autoFocus
          />
          <ul className="org-picker-list" aria-label={t('layout:orgSwitcher.label')}>
            {several && !needle ? option(null, t('layout:orgSwitcher.all'), 0) : null}
            {shown.map((o) => option(o.id, o.name, o.depth, o.active))}
          </ul>
          {shown.length === 0 ? <p className="org-picker-empty">{t('layout:orgSwitcher.none')}</p> : null}
        </div>
      }
    >
      <Button
        className={block ? 'org-switcher org-switcher-block' : 'org-switcher'}
        loading={scope.orgs.isPending}
        aria-label={`${t('layout:orgSwitcher.label')}: ${label}`}
        aria-expanded={open}
        aria-haspopup="dialog"
      >
        <ApartmentOutlined aria-hidden />
        <span className="org-switcher-label">{label}</span>
        <DownOutlined aria-hidden className="org-switcher-caret" />
      </Button>
    </Popover>
  );
}
