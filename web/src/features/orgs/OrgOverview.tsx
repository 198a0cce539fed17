import { Empty, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useOrgScope } from '../../app/org-scope/org-scope';

/**
 * Beside the tree before a node is chosen: on a desk, the working node (from the header switcher)
 * opens at once; with none chosen, a hint. A phone shows the tree alone.
 */
export function OrgOverview() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const phone = Grid.useBreakpoint().md === false;
  if (phone) return null;
  if (scope.chosenOrgId) return <Navigate to={`/orgs/${scope.chosenOrgId}`} replace />;
  return (
    <div className="panel panel-empty">
      <Empty description={t('orgs:overview.pick')} />
    </div>
  );
}
