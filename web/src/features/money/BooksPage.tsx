import './money.css';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Select, Space, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ExportButton } from '../../app/ui/ExportButton';
import { PageHeader } from '../../app/ui/PageHeader';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { HistoryButton } from '../history/HistoryButton';
import { BookRequests } from './BookRequests';
import { LocalTable } from './LocalTable';
import { type Book, booksQuery, useRefreshMoney } from './money-queries';
import { RegisterBookModal } from './RegisterBookModal';

const STATES = ['in_stock', 'issued', 'used_up', 'settled'] as const;
const FILTERS = ['state'] as const;

/** 收据本: finance's stock and the books out with cashiers; requests for books below. */
export function BooksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const list = useListParams(FILTERS);
  const state = STATES.find((s) => s === list.filters.state);
  const books = useQuery(booksQuery(state));
  const [registering, setRegistering] = useState(false);
  const [settling, setSettling] = useState<Book | null>(null);
  const range = (b: Book) => `${b.series} ${b.firstNo}–${b.lastNo}`;

  const columns: TableProps<Book>['columns'] = [
    { key: 'range', title: t('money:books.range'), render: (_, b) => range(b) },
    { key: 'used', title: t('money:books.used'), render: (_, b) => `${b.used}/${b.size}` },
    { key: 'state', title: t('common:fields.status'), render: (_, b) => <Tag>{t(`money:books.states.${b.state}`)}</Tag> },
    { key: 'holder', dataIndex: 'holderName', title: t('money:books.holder') },
    { key: 'cashier', title: t('money:books.cashier'), render: (_, b) => b.cashierName ?? t('common:empty') },
    { key: 'actions', title: t('common:fields.actions'), render: (_, b) => <BookActions book={b} onSettle={setSettling} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('money:books.title')}
        extra={
          <Space wrap>
            <ExportButton path="/api/receipt-books/export.xlsx" query={{ state }} />
            {me.abilities.registerBooks ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRegistering(true)}>
                {t('money:books.register')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <search className="toolbar">
        <Select
          aria-label={t('money:books.stateFilter')}
          className="status-filter"
          value={state ?? 'all'}
          onChange={(v: string) => list.update({ state: v === 'all' ? null : v })}
          options={[
            { value: 'all', label: t('money:books.allStates') },
            ...STATES.map((s) => ({ value: s, label: t(`money:books.states.${s}`) })),
          ]}
        />
      </search>
      {books.isError ? (
        <QueryError error={books.error} onRetry={() => books.refetch()} />
      ) : (
        <LocalTable<Book>
          label={t('money:books.label')}
          rowKey="id"
          columns={columns}
          items={books.data}
          loading={books.isFetching}
          empty={<Empty description={t('money:books.empty')} />}
          renderCard={(b) => (
            <>
              <div className="record-card-title">
                <span>{range(b)}</span>
                <Tag>{t(`money:books.states.${b.state}`)}</Tag>
              </div>
              <div className="record-card-line">
                {b.holderName}
                {b.cashierName ? ` · ${b.cashierName}` : ''} · {b.used}/{b.size}
              </div>
              <BookActions book={b} onSettle={setSettling} />
            </>
          )}
        />
      )}
      {me.abilities.bookRequests ? <BookRequests /> : null}
      {me.abilities.registerBooks ? <RegisterBookModal open={registering} onClose={() => setRegistering(false)} /> : null}
      <ConfirmAction
        open={settling !== null}
        title={t('money:books.settleTitle', { range: settling ? range(settling) : '' })}
        description={t('money:books.settleText')}
        okText={t('money:books.settle')}
        onClose={() => setSettling(null)}
        onConfirm={async () => {
          if (!settling) return;
          await unwrap(api.POST('/api/receipt-books/{id}/settle', { params: { path: { id: settling.id } } }));
          await refresh();
          toast.success(t('money:books.settled'));
        }}
      />
    </>
  );
}

function BookActions({ book, onSettle }: { book: Book; onSettle(b: Book): void }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      {book.abilities.settle ? <Button onClick={() => onSettle(book)}>{t('money:books.settle')}</Button> : null}
      <HistoryButton entity="book" id={book.id} name={`${book.series} ${book.firstNo}–${book.lastNo}`} />
    </Space>
  );
}
