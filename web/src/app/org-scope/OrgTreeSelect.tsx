import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Org } from '../../api/types';
import type { OrgTreeNode } from './org-tree';
import { useOrgs } from './use-orgs';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Which nodes may be picked; the others show greyed out (their children may still be pickable). */
  selectable?: (org: Org) => boolean;
  placeholder?: string;
  'aria-invalid'?: boolean;
  /** A list's filter names itself and may be emptied (every node). */
  'aria-label'?: string;
  allowClear?: boolean;
}

interface Node {
  value: string;
  title: string;
  disabled: boolean;
  children: Node[];
}

/** Picks one visible organisation node in a form (a user's node, a grant's node, a new parent). */
export function OrgTreeSelect({ id, value, onChange, selectable, placeholder, ...rest }: Props) {
  const { t } = useTranslation();
  const orgs = useOrgs();
  const treeData = useMemo(() => {
    const toNode = (n: OrgTreeNode): Node => ({
      value: n.org.id,
      title: n.org.active ? n.org.name : t('common:status.inactiveName', { name: n.org.name }),
      disabled: selectable ? !selectable(n.org) : false,
      children: n.children.map(toNode),
    });
    return orgs.tree.map(toNode);
  }, [orgs.tree, selectable, t]);

  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      treeData={treeData}
      loading={orgs.isPending}
      placeholder={placeholder ?? t('orgs:select.placeholder')}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll={orgs.list.length <= 40}
      notFoundContent={t('layout:orgSwitcher.none')}
      aria-invalid={rest['aria-invalid']}
      aria-label={rest['aria-label']}
      allowClear={rest.allowClear}
    />
  );
}
