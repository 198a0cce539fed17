import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Empty, Grid, Result, Skeleton, Table, type TableProps, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Param } from '../../api/types';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { HistoryButton } from '../history/HistoryButton';
import { EditParamModal } from './EditParamModal';
import { ParamCards } from './ParamCards';
import { ParamSource } from './ParamSource';
import { paramValueText } from './param-value';
import { paramsQuery } from './params-queries';

/**
 * The numbers the regulations fix (deadlines, intervals, sample sizes) as they hold at the working
 * node: its own value, one inherited from above (and from where), or the clause's own.
 */
export function ParamsPage() {
  const { t } = useTranslation();
  const scope = useOrgScope();
  const client = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const [editing, setEditing] = useState<Param | null>(null);
  const [resetting, setResetting] = useState<Param | null>(null);
  const urlOrg = searchParams.get('org');
  const phone = Grid.useBreakpoint().md === false;

  // Scoped in the URL, like every list: a link shows the same node's parameters.
  useEffect(() => {
    if (!urlOrg && scope.chosenOrgId) setSearchParams({ org: scope.chosenOrgId }, { replace: true });
  }, [urlOrg, scope.chosenOrgId, setSearchParams]);

  const org = scope.org;
  const params = useQuery({ ...paramsQuery(org?.id ?? ''), enabled: Boolean(org) });
  // the server says, per parameter, whether the caller may set it at this node
  const canEdit = params.data?.some((p) => p.abilities.edit) === true;

  if (scope.urlOrgInvisible) {
    return (
      <>
        <PageHeader title={t('params:title')} />
        <Result status="404" title={t('common:state.orgNotFoundTitle')} subTitle={t('common:state.orgNotFoundText')} />
      </>
    );
  }
  if (!org) {
    return (
      <>
        <PageHeader title={t('params:title')} />
        <Empty description={t('params:pickOrg')} />
      </>
    );
  }

  const columns: TableProps<Param>['columns'] = [
    {
      key: 'name',
      title: t('params:fields.name'),
      render: (_, p) => (
        <div>
          <div className="param-name">{t(`params:keys.${p.key}.name`, { defaultValue: p.key })}</div>
          <div className="muted small">{t(`params:keys.${p.key}.description`, { defaultValue: p.description })}</div>
        </div>
      ),
    },
    { key: 'clause', title: t('params:fields.clause'), render: (_, p) => <Tag>{p.clause}</Tag> },
    {
      key: 'value',
      title: t('params:fields.value'),
      render: (_, p) => <span className="param-value">{paramValueText(t, p.unit, p.value)}</span>,
    },
    { key: 'default', title: t('params:fields.default'), render: (_, p) => paramValueText(t, p.unit, p.default) },
    { key: 'source', title: t('params:fields.source'), render: (_, p) => <ParamSource param={p} orgId={org.id} /> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common:fields.actions'),
            render: (_: unknown, p: Param) => (
              <span className="row-actions">
                <Button type="link" className="table-action" onClick={() => setEditing(p)}>
                  {t('params:actions.set')}
                </Button>
                {p.ownValue !== null ? (
                  <Button type="link" className="table-action" onClick={() => setResetting(p)}>
                    {t('params:actions.inherit')}
                  </Button>
                ) : null}
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('params:title')}
        subtitle={t('params:subtitle', { org: org.name })}
        extra={<HistoryButton entity="org" id={org.id} name={org.name} />}
      />
      {params.isError ? (
        <QueryError error={params.error} onRetry={() => params.refetch()} />
      ) : phone ? (
        params.data ? (
          <ParamCards params={params.data} orgId={org.id} canEdit={canEdit} onEdit={setEditing} onInherit={setResetting} />
        ) : (
          <Skeleton active />
        )
      ) : (
        <Table<Param>
          aria-label={t('params:label')}
          rowKey="key"
          columns={columns}
          dataSource={params.data}
          loading={params.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
      <EditParamModal org={org} param={editing} onClose={() => setEditing(null)} />
      <ConfirmAction
        open={resetting !== null}
        title={t('params:inherit.title')}
        description={t('params:inherit.text')}
        okText={t('params:actions.inherit')}
        onClose={() => setResetting(null)}
        onConfirm={async () => {
          if (!resetting) return;
          const next = await unwrap(
            api.PUT('/api/orgs/{id}/params/{key}', { params: { path: { id: org.id, key: resetting.key } }, body: { value: null } }),
          );
          client.setQueryData(['params', org.id], next);
          await client.invalidateQueries({ queryKey: ['params'] });
          await client.invalidateQueries({ queryKey: ['history', 'org', org.id] });
        }}
      />
    </>
  );
}
