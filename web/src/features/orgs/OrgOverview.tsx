import { Empty, Grid } from 'antd';
import { useTranslation } from 'react-i18next';

/** Beside the tree before a node is chosen (a phone shows the tree alone). */
export function OrgOverview() {
  const { t } = useTranslation();
  if (Grid.useBreakpoint().md === false) return null;
  return (
    <div className="panel panel-empty">
      <Empty description={t('orgs:overview.pick')} />
    </div>
  );
}
