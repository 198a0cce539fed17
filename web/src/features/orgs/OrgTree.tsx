import { Empty, Input, Skeleton, Switch, Tag, Tree } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrgTreeNode } from '../../app/org-scope/org-tree';
import { useOrgs } from '../../app/org-scope/use-orgs';
import { QueryError } from '../../app/ui/QueryError';

interface Node {
  key: string;
  title: ReactNode;
  children: Node[];
}

/** The visible organisation as a tree; choosing a node opens its page. */
export function OrgTree({ selectedId }: { selectedId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const orgs = useOrgs();
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);

  const treeData = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const matches = (n: OrgTreeNode) =>
      !needle || n.org.name.toLowerCase().includes(needle) || (n.org.code ?? '').toLowerCase().includes(needle);
    // Keep a node when it or anything below it matches, so the path to a match stays visible.
    const toNode = (n: OrgTreeNode): Node | null => {
      if (!showInactive && !n.org.active) return null;
      const children = n.children.map(toNode).filter((c): c is Node => c !== null);
      if (!matches(n) && children.length === 0) return null;
      return {
        key: n.org.id,
        title: (
          <span className={n.org.active ? 'tree-node' : 'tree-node org-inactive'}>
            <span className="tree-node-name">{n.org.name}</span>
            <span className="tree-node-kind">{t(`orgs:kinds.${n.org.kind}`)}</span>
            {n.org.active ? null : <Tag className="tree-node-tag">{t('common:status.inactive')}</Tag>}
          </span>
        ),
        children,
      };
    };
    return orgs.tree.map(toNode).filter((n): n is Node => n !== null);
  }, [orgs.tree, search, showInactive, t]);

  return (
    <section className="panel" aria-label={t('orgs:tree.label')}>
      <Input.Search
        aria-label={t('orgs:tree.search')}
        placeholder={t('orgs:tree.search')}
        allowClear
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div className="switch-row">
        <Switch id="org-tree-inactive" size="small" checked={showInactive} onChange={setShowInactive} />
        <label htmlFor="org-tree-inactive">{t('orgs:tree.showInactive')}</label>
      </div>
      {orgs.isPending ? (
        <Skeleton active />
      ) : orgs.isError ? (
        <QueryError error={orgs.error} onRetry={() => orgs.refetch()} />
      ) : treeData.length === 0 ? (
        <Empty description={search ? t('orgs:tree.noMatch') : t('orgs:tree.empty')} />
      ) : (
        <Tree
          key={`${search}|${showInactive}`}
          treeData={treeData}
          defaultExpandAll
          blockNode
          selectedKeys={selectedId ? [selectedId] : []}
          onSelect={(keys) => {
            const key = keys[0];
            if (key !== undefined) navigate(`/orgs/${String(key)}`);
          }}
        />
      )}
    </section>
  );
}
