import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Space, type TableProps, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useMe } from '../../app/auth/use-me';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { useFormat } from '../../app/ui/format';
import { QueryError } from '../../app/ui/QueryError';
import { useToast } from '../../app/ui/toast';
import { HistoryButton } from '../history/HistoryButton';
import { IssueBookModal } from './IssueBookModal';
import { LocalTable } from './LocalTable';
import { type BookRequest, bookRequestsQuery, useRefreshMoney } from './money-queries';
import { RequestBookModal } from './RequestBookModal';

/** 领用申请: office heads ask for a book for a cashier; the custodian issues one from stock or declines. */
export function BookRequests() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const toast = useToast();
  const refresh = useRefreshMoney();
  const requests = useQuery(bookRequestsQuery);
  const canRequest = Boolean(me.abilities.requestBooks);
  const [requesting, setRequesting] = useState(false);
  const [issuing, setIssuing] = useState<BookRequest | null>(null);
  const [declining, setDeclining] = useState<BookRequest | null>(null);

  const actions = (r: BookRequest) => (
    <Space wrap>
      {r.abilities.issue ? (
        <Button type="primary" onClick={() => setIssuing(r)}>
          {t('money:requests.issue')}
        </Button>
      ) : null}
      {r.abilities.decline ? (
        <Button danger onClick={() => setDeclining(r)}>
          {t('money:requests.decline')}
        </Button>
      ) : null}
      <HistoryButton entity="book_request" id={r.id} name={`${r.orgName} · ${r.cashierName}`} />
    </Space>
  );
  const state = (r: BookRequest) => <Tag>{t(`money:requests.states.${r.state}`)}</Tag>;

  const columns: TableProps<BookRequest>['columns'] = [
    { key: 'org', dataIndex: 'orgName', title: t('money:requests.org') },
    { key: 'cashier', dataIndex: 'cashierName', title: t('money:books.cashier') },
    { key: 'by', dataIndex: 'requestedByName', title: t('money:requests.by') },
    { key: 'reason', title: t('common:fields.reason'), render: (_, r) => r.declineReason ?? r.reason },
    { key: 'createdAt', title: t('common:fields.createdAt'), render: (_, r) => format.dateTime(r.createdAt) },
    { key: 'state', title: t('common:fields.status'), render: (_, r) => state(r) },
    { key: 'actions', title: t('common:fields.actions'), render: (_, r) => actions(r) },
  ];

  return (
    <section aria-labelledby="book-requests-title" className="money-section">
      <div className="toolbar">
        <h2 id="book-requests-title">{t('money:requests.title')}</h2>
        {canRequest ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setRequesting(true)}>
            {t('money:requests.create')}
          </Button>
        ) : null}
      </div>
      {requests.isError ? (
        <QueryError error={requests.error} onRetry={() => requests.refetch()} />
      ) : (
        <LocalTable<BookRequest>
          label={t('money:requests.title')}
          rowKey="id"
          columns={columns}
          items={requests.data}
          loading={requests.isFetching}
          empty={<Empty description={t('money:requests.empty')} />}
          renderCard={(r) => (
            <>
              <div className="record-card-title">
                <span>
                  {r.orgName} · {r.cashierName}
                </span>
                {state(r)}
              </div>
              <div className="record-card-line">{r.declineReason ?? r.reason}</div>
              <div className="record-card-line muted">
                {r.requestedByName} · {format.dateTime(r.createdAt)}
              </div>
              {actions(r)}
            </>
          )}
        />
      )}
      {canRequest ? <RequestBookModal open={requesting} onClose={() => setRequesting(false)} /> : null}
      {issuing ? <IssueBookModal request={issuing} onClose={() => setIssuing(null)} /> : null}
      <ConfirmAction
        open={declining !== null}
        title={t('money:requests.declineTitle', { name: declining?.cashierName ?? '' })}
        description={t('money:requests.declineText')}
        okText={t('money:requests.decline')}
        danger
        withReason="required"
        onClose={() => setDeclining(null)}
        onConfirm={async (reason) => {
          if (!declining) return;
          await unwrap(
            api.POST('/api/book-requests/{id}/decline', {
              params: { path: { id: declining.id } },
              body: { reason: reason ?? '' },
            }),
          );
          await refresh();
          toast.success(t('money:requests.declined'));
        }}
      />
    </section>
  );
}
