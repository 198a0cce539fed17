import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Descriptions, Grid, Skeleton, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Org } from '../../api/types';
import { useAbility } from '../../app/auth/use-me';
import { useOrgs } from '../../app/org-scope/use-orgs';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { StatusTag } from '../../app/ui/StatusTag';
import { HistoryButton } from '../history/HistoryButton';
import { OrgActions } from './OrgActions';
import { orgQuery } from './org-queries';

/** One node: what it is, where it sits, what is under it, and what this user may do with it. */
export function OrgDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const org = useQuery(orgQuery(id));
  const orgs = useOrgs();
  const format = useFormat();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const canSeeUsers = useAbility('users');
  const canSeeParams = useAbility('params');

  const back = phone ? (
    <Button type="link" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/orgs')} className="back-link">
      {t('orgs:detail.backToTree')}
    </Button>
  ) : null;

  if (org.isPending) return <Skeleton active />;
  if (org.isError) {
    return (
      <>
        {back}
        <QueryError error={org.error} onRetry={() => org.refetch()} />
      </>
    );
  }
  const node = org.data;
  const parent = node.parentId ? orgs.byId.get(node.parentId) : undefined;
  const children = orgs.list.filter((o) => o.parentId === node.id);

  return (
    <>
      {back}
      <PageHeader
        title={node.name}
        subtitle={
          <>
            <Tag color="blue">{t(`orgs:kinds.${node.kind}`)}</Tag>
            <StatusTag active={node.active} />
          </>
        }
        extra={
          <>
            <OrgActions org={node} />
            <HistoryButton entity="org" id={node.id} name={node.name} />
          </>
        }
      />
      <div className="panel">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            { key: 'name', label: t('orgs:fields.name'), children: node.name },
            { key: 'code', label: t('orgs:fields.code'), children: node.code ?? t('common:empty') },
            { key: 'kind', label: t('orgs:fields.kind'), children: t(`orgs:kinds.${node.kind}`) },
            {
              key: 'parent',
              label: t('orgs:fields.parent'),
              children: parent ? (
                <Link to={`/orgs/${parent.id}`}>{parent.name}</Link>
              ) : node.parentId ? (
                t('orgs:detail.parentHidden')
              ) : (
                t('orgs:detail.root')
              ),
            },
            { key: 'createdAt', label: t('common:fields.createdAt'), children: format.dateTime(node.createdAt) },
            { key: 'updatedAt', label: t('common:fields.updatedAt'), children: format.dateTime(node.updatedAt) },
          ]}
        />
        <div className="detail-actions">
          {canSeeUsers ? <Link to={`/users?org=${node.id}`}>{t('orgs:detail.users')}</Link> : null}
          {canSeeParams ? <Link to={`/params?org=${node.id}`}>{t('orgs:detail.params')}</Link> : null}
        </div>
      </div>
      <h2 className="section-title">{t('orgs:detail.children', { count: children.length })}</h2>
      <Table<Org>
        aria-label={t('orgs:detail.childrenLabel')}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={children}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <span className="table-empty">{t('orgs:detail.noChildren')}</span> }}
        columns={[
          { key: 'name', title: t('orgs:fields.name'), render: (_, o) => <Link to={`/orgs/${o.id}`}>{o.name}</Link> },
          { key: 'kind', title: t('orgs:fields.kind'), render: (_, o) => t(`orgs:kinds.${o.kind}`) },
          { key: 'code', title: t('orgs:fields.code'), render: (_, o) => o.code ?? t('common:empty') },
          {
            key: 'status',
            title: t('common:fields.status'),
            render: (_, o) => <StatusTag active={o.active} />,
          },
        ]}
      />
    </>
  );
}
