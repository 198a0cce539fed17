import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Param } from '../../api/types';

/** Where the value in force comes from: this node, an ancestor (which), or the regulation itself. */
export function ParamSource({ param, orgId }: { param: Param; orgId: string }) {
  const { t } = useTranslation();
  if (param.sourceOrgId === orgId) return <Tag className="source-own">{t('params:source.own')}</Tag>;
  if (param.sourceOrgId) {
    return (
      <span>
        {t('params:source.inheritedFrom')} <Link to={`/params?org=${param.sourceOrgId}`}>{param.sourceOrgName}</Link>
      </span>
    );
  }
  return <span>{t('params:source.default', { clause: param.clause })}</span>;
}
