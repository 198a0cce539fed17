import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../app/ui/ExportButton';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import type { useListParams } from '../../app/ui/use-list-params';
import './gps.css';

type List = ReturnType<typeof useListParams<string>>;

interface Props<T> {
  /** Which list: names the title, search, export, empty text and new-record button (`gps:tabs.<which>`…). */
  which: 'customers' | 'vehicles' | 'products' | 'terminals' | 'sims';
  list: List;
  /** The list's own filters, after the search. */
  filters?: ReactNode;
  exportPath: string;
  exportQuery: Record<string, string | number | undefined>;
  /** The caller keeps the register somewhere: the import and new-record buttons show. */
  canKeep: boolean;
  onNew(): void;
  onImport?: () => void;
  query: { data?: { items: T[]; total: number } | undefined; isError: boolean; error: unknown; isFetching: boolean; refetch(): unknown };
  columns: NonNullable<TableProps<T>['columns']>;
  renderCard(record: T): ReactNode;
  children?: ReactNode;
}

/** One page of the GPS register: its search and filters, Excel export and import, the list as a table or as cards. */
export function RegisterList<T extends { id: string }>(props: Props<T>) {
  const { t } = useTranslation();
  const { list, which } = props;
  const [search, setSearch] = useState(list.q);
  useEffect(() => setSearch(list.q), [list.q]);
  return (
    <div className="gps-register">
      <PageHeader title={t(`gps:tabs.${which}`)} />
      <search className="toolbar">
        <Input.Search
          className="search"
          aria-label={t(`gps:search.${which}`)}
          placeholder={t(`gps:search.${which}`)}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => list.update({ q: q.trim() || null })}
        />
        {props.filters}
        <ExportButton path={props.exportPath} query={props.exportQuery} label={t(`gps:export.${which}`)} />
        {props.canKeep ? (
          <>
            {props.onImport ? (
              <Button icon={<ImportOutlined aria-hidden />} onClick={props.onImport}>
                {t('gps:actions.import')}
              </Button>
            ) : null}
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={props.onNew}>
              {t('gps:actions.new')}
            </Button>
          </>
        ) : null}
      </search>
      {props.query.isError ? (
        <QueryError error={props.query.error} onRetry={() => props.query.refetch()} />
      ) : (
        <ResponsiveTable<T>
          label={t(`gps:tabs.${which}`)}
          rowKey="id"
          columns={props.columns}
          items={props.query.data?.items}
          total={props.query.data?.total ?? 0}
          page={list.page}
          pageSize={list.pageSize}
          loading={props.query.isFetching}
          empty={<Empty description={t(`gps:empty.${which}`)} />}
          onPageChange={list.onPageChange}
          renderCard={props.renderCard}
        />
      )}
      {props.children}
    </div>
  );
}
