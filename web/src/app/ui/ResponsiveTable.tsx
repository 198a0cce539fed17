import { Card, Grid, Pagination, Skeleton, Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from './use-list-params';

/** A page of a server-paginated list, or (`whole`) a list answered whole, with no pages nor page size to pick. */
type Paging =
  | { whole?: false; page: number; pageSize: number; onPageChange(page: number, pageSize: number): void }
  | { whole: true; page?: never; pageSize?: never; onPageChange?: never };

type Props<T> = Paging & {
  /** Names the table for screen readers. */
  label: string;
  rowKey: keyof T & string;
  columns: NonNullable<TableProps<T>['columns']>;
  items: T[] | undefined;
  total: number;
  loading: boolean;
  empty: ReactNode;
  onTableChange?: TableProps<T>['onChange'];
  /** The record as a card, for phones (a table does not fit 390 px). */
  renderCard(record: T): ReactNode;
  /** Tick boxes for batch actions (on a desk; cards on a phone have none). */
  rowSelection?: TableProps<T>['rowSelection'];
};

/** A server-paginated list (or one answered whole): a table on a desk, cards on a phone. */
export function ResponsiveTable<T extends object>(props: Props<T>) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const showTotal = (total: number) => t('common:list.total', { count: total });

  if (screens.md === false) {
    return (
      <section aria-label={props.label} aria-busy={props.loading} className="card-list">
        {props.loading && !props.items ? (
          <Skeleton active />
        ) : props.items?.length ? (
          props.items.map((item) => (
            <Card key={String(item[props.rowKey])} size="small" className="record-card">
              {props.renderCard(item)}
            </Card>
          ))
        ) : (
          props.empty
        )}
        {!props.whole && props.total > props.pageSize ? (
          <Pagination
            simple
            align="center"
            current={props.page}
            pageSize={props.pageSize}
            total={props.total}
            onChange={props.onPageChange}
          />
        ) : null}
        <div className="muted small list-total">{showTotal(props.total)}</div>
      </section>
    );
  }

  return (
    <Table<T>
      aria-label={props.label}
      rowKey={props.rowKey}
      rowSelection={props.rowSelection}
      columns={props.columns}
      dataSource={props.items}
      loading={props.loading}
      locale={{ emptyText: props.empty }}
      onChange={props.onTableChange}
      scroll={{ x: 'max-content' }}
      pagination={
        props.whole
          ? false
          : {
              current: props.page,
              pageSize: props.pageSize,
              total: props.total,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES.map(String),
              showTotal,
              onChange: props.onPageChange,
            }
      }
      footer={props.whole ? () => <span className="muted small">{showTotal(props.total)}</span> : undefined}
    />
  );
}
