import { Col, Grid, Row } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useParams } from 'react-router';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { PageHeader } from '../../app/ui/PageHeader';
import { OrgTree } from './OrgTree';

/**
 * The organisation tree beside the selected node's page. On a phone they take turns: the tree, or
 * the node (with a way back).
 */
export function OrgsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const phone = Grid.useBreakpoint().md === false;
  const navigate = useNavigate();
  const scope = useOrgScope();
  const chosen = useRef(scope.chosenOrgId);

  // Choosing another node in the header switcher opens that node here.
  useEffect(() => {
    if (scope.chosenOrgId !== chosen.current) {
      chosen.current = scope.chosenOrgId;
      if (scope.chosenOrgId && scope.chosenOrgId !== id) navigate(`/orgs/${scope.chosenOrgId}`);
    }
  }, [scope.chosenOrgId, id, navigate]);

  return (
    <>
      {id ? null : <PageHeader title={t('orgs:title')} subtitle={t('orgs:subtitle')} />}
      <Row gutter={[16, 16]}>
        {phone && id ? null : (
          <Col xs={24} md={10} xl={8}>
            <OrgTree selectedId={id} />
          </Col>
        )}
        <Col xs={24} md={14} xl={16}>
          <Outlet />
        </Col>
      </Row>
    </>
  );
}
