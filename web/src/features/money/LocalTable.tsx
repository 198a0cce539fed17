import type { TableProps } from 'antd';
import { type ReactNode, useState } from 'react';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';

interface Props<T> {
  label: string;
  rowKey: keyof T & string;
  columns: NonNullable<TableProps<T>['columns']>;
  items: T[] | undefined;
  loading: boolean;
  empty: ReactNode;
  renderCard(record: T): ReactNode;
}

/** The money lists come whole from the server: the shared responsive table, paged here. */
export function LocalTable<T extends object>(props: Props<T>) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const all = props.items ?? [];
  const items = props.items ? all.slice((page - 1) * pageSize, page * pageSize) : undefined;
  return (
    <ResponsiveTable<T>
      label={props.label}
      rowKey={props.rowKey}
      columns={props.columns}
      items={items}
      total={all.length}
      page={page}
      pageSize={pageSize}
      loading={props.loading}
      empty={props.empty}
      renderCard={props.renderCard}
      onPageChange={(p, size) => {
        setPage(size === pageSize ? p : 1);
        setPageSize(size);
      }}
    />
  );
}
