import { FileTextOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Empty, Result, Select, Skeleton, Table } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Org } from '../../api/types';
import { useMe } from '../../app/auth/use-me';
import { useOrgScope } from '../../app/org-scope/org-scope';
import { errorText } from '../../app/ui/error-text';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { PreparedList } from './PreparedList';
import { PriceListStateTag } from './PriceListStateTag';
import { PublishedList } from './PublishedList';
import { IN_PREPARATION, type PriceListSummary } from './pricelist-model';
import { officeListsQuery, useRefreshPriceLists } from './pricelist-queries';
import './pricelists.css';

const takesOrders = (o: Org) => o.kind === 'office' || o.kind === 'station';

/** Opens the public notice in a new window and prints it once it has loaded. */
function printNotice(url: string) {
  const w = window.open(url, '_blank');
  if (w) w.addEventListener('load', () => w.print(), { once: true });
}

/**
 * An office's paid-service price lists (A2.4.2.1): the one posted now with its public notice, the
 * next one while it is prepared and approved, and the versions it replaced.
 */
export function PriceListsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const toast = useToast();
  const format = useFormat();
  const scope = useOrgScope();
  const refresh = useRefreshPriceLists();
  const [params, setParams] = useSearchParams();
  const urlOrg = params.get('org');

  // Scoped in the URL like every page of an office.
  useEffect(() => {
    if (!urlOrg && scope.chosenOrgId) setParams({ org: scope.chosenOrgId }, { replace: true });
  }, [urlOrg, scope.chosenOrgId, setParams]);

  const offices = scope.orgs.list.filter((o) => takesOrders(o) && (!scope.org || o.path.startsWith(scope.org.path)));
  const office = scope.org && takesOrders(scope.org) ? scope.org : offices.length === 1 ? offices[0] : undefined;
  const lists = useQuery({ ...officeListsQuery(office?.id ?? ''), enabled: Boolean(office) });
  const create = useMutation({
    mutationFn: (officeId: string) => unwrap(api.POST('/api/price-lists', { body: { officeId } })),
    onSuccess: async (l) => {
      await refresh(l.id);
      toast.success(t('pricelists:create.done', { title: l.title }));
    },
    onError: (e) => toast.error(errorText(t, e)),
  });

  const title = t('pricelists:title');
  if (scope.urlOrgInvisible) {
    return (
      <>
        <PageHeader title={title} />
        <Result status="404" title={t('common:state.orgNotFoundTitle')} subTitle={t('common:state.orgNotFoundText')} />
      </>
    );
  }

  const picker = (
    <div className="toolbar">
      <Select
        className="office-picker"
        aria-label={t('pricelists:office')}
        placeholder={t('pricelists:pickOffice')}
        value={office?.id}
        onChange={(id: string) => setParams({ org: id })}
        options={offices.map((o) => ({ value: o.id, label: o.name }))}
        showSearch={{ optionFilterProp: 'label' }}
      />
    </div>
  );
  if (!office) {
    return (
      <>
        <PageHeader title={title} subtitle={t('pricelists:subtitle')} />
        {picker}
        {scope.orgs.isPending ? <Skeleton active /> : <Empty description={t('pricelists:pickOffice')} />}
      </>
    );
  }

  const all = lists.data ?? [];
  const posted = all.find((l) => l.state === 'published');
  const prepared = all.find((l) => IN_PREPARATION.includes(l.state));
  const older = all.filter((l) => l.state === 'superseded');
  const canPrepare = Boolean(me.abilities.preparePriceLists);
  const notice = `/notice/price-lists/${me.tenant.id}/${office.id}`;

  return (
    <>
      <PageHeader
        title={title}
        subtitle={t('pricelists:subtitleOffice', { office: office.name })}
        extra={
          <>
            {posted ? (
              <>
                <Button icon={<FileTextOutlined aria-hidden />} href={notice} target="_blank" rel="noopener">
                  {t('pricelists:actions.viewNotice')}
                </Button>
                <Button icon={<PrinterOutlined aria-hidden />} onClick={() => printNotice(notice)}>
                  {t('pricelists:actions.printNotice')}
                </Button>
              </>
            ) : null}
            {canPrepare && lists.isSuccess && !prepared ? (
              <Button
                type="primary"
                icon={<PlusOutlined aria-hidden />}
                loading={create.isPending}
                onClick={() => create.mutate(office.id)}
              >
                {t('pricelists:actions.create')}
              </Button>
            ) : null}
          </>
        }
      />
      {offices.length > 1 ? picker : null}
      {lists.isPending ? (
        <Skeleton active />
      ) : lists.isError ? (
        <QueryError error={lists.error} onRetry={() => lists.refetch()} />
      ) : (
        <>
          <PublishedList id={posted?.id} />
          {prepared ? <PreparedList id={prepared.id} /> : null}
          {older.length ? (
            <section className="panel pricelist-section" aria-labelledby="older-lists">
              <h2 id="older-lists" className="pricelist-title">
                {t('pricelists:older.heading')}
              </h2>
              <Table<PriceListSummary>
                size="small"
                rowKey="id"
                pagination={false}
                aria-label={t('pricelists:older.heading')}
                dataSource={older}
                scroll={{ x: 'max-content' }}
                columns={[
                  { key: 'title', title: t('pricelists:fields.title'), dataIndex: 'title' },
                  { key: 'state', title: t('common:fields.status'), render: (_, l) => <PriceListStateTag state={l.state} /> },
                  {
                    key: 'published',
                    title: t('pricelists:fields.publishedAt'),
                    render: (_, l) => (l.publishedAt ? format.dateTime(l.publishedAt) : t('common:empty')),
                  },
                  {
                    key: 'superseded',
                    title: t('pricelists:fields.supersededAt'),
                    render: (_, l) => (l.supersededAt ? format.dateTime(l.supersededAt) : t('common:empty')),
                  },
                  {
                    key: 'history',
                    title: t('common:fields.actions'),
                    render: (_, l) => <HistoryButton entity="pricelist" id={l.id} name={l.title} />,
                  },
                ]}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
