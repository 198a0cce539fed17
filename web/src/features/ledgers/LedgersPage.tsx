import './ledgers.css';
import { EditOutlined, PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, DatePicker, Empty, Grid, Input, Radio, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { ExportButton } from '../../app/ui/ExportButton';
import { useFormat } from '../../app/ui/format';
import { PageHeader } from '../../app/ui/PageHeader';
import { PageSpinner } from '../../app/ui/PageSpinner';
import { QueryError } from '../../app/ui/QueryError';
import { ResponsiveTable } from '../../app/ui/ResponsiveTable';
import { useToast } from '../../app/ui/toast';
import { useListParams } from '../../app/ui/use-list-params';
import { HistoryButton } from '../history/HistoryButton';
import { EntryDetailsDialog } from './EntryDetailsDialog';
import { EntryFormDialog } from './EntryFormDialog';
import { KindEditorDialog } from './KindEditorDialog';
import { type EntryQuery, entriesQuery, type LedgerEntry, overviewQuery, peopleQuery, useLedgersChanged } from './ledger-queries';
import { useLedgerWords } from './use-ledger-words';

const FILTERS = ['station', 'kind', 'from', 'to', 'writtenBy'] as const;

/**
 * 资料台帐 (A1.4): the station's ledgers as tabs — the regulation's and the station's own — each a list with its own
 * columns, searched by text, days and writer, exported to Excel; a new entry in the ledger's own form; an entry voided
 * with a reason stays, struck through. The station head defines and changes the station's own ledgers here.
 */
export function LedgersPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormat();
  const words = useLedgerWords();
  const changed = useLedgersChanged();
  const list = useListParams(FILTERS, {});
  const overview = useQuery(overviewQuery);
  const [writing, setWriting] = useState(false);
  const [editing, setEditing] = useState<'new' | 'edit' | null>(null);
  const [voiding, setVoiding] = useState<LedgerEntry | null>(null);
  const [viewing, setViewing] = useState<LedgerEntry | null>(null);
  const [exportVoided, setExportVoided] = useState(false);
  const [text, setText] = useState(list.q);
  const screens = Grid.useBreakpoint();

  const places = overview.data?.places ?? [];
  const place = places.find((p) => p.id === list.filters.station) ?? places[0];
  const kinds = (overview.data?.kinds ?? []).filter((k) => place && k.placeIds.includes(place.id));
  const kind = kinds.find((k) => k.id === list.filters.kind) ?? kinds[0];
  const { from, to, writtenBy } = list.filters;
  const query: EntryQuery = {
    kindId: kind?.id ?? '',
    ...(place ? { orgId: place.id } : {}),
    ...(list.q ? { q: list.q } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(writtenBy ? { writtenBy } : {}),
    page: list.page,
    pageSize: list.pageSize,
  };
  const entries = useQuery({ ...entriesQuery(query), enabled: Boolean(kind) });
  const people = useQuery({ ...peopleQuery(place?.id ?? ''), enabled: Boolean(place) });

  if (overview.isError) return <QueryError error={overview.error} onRetry={() => overview.refetch()} />;
  if (!overview.data) return <PageSpinner />;
  const title = t('ledgers:page.title');
  if (!place) {
    return (
      <div className="ledgers">
        <PageHeader title={title} />
        <Empty description={t('ledgers:page.noPlaces')} />
      </div>
    );
  }

  const columns = (entries.data?.columns ?? kind?.fields ?? []).filter((c) => c.listed);
  const struck = (e: LedgerEntry, node: string) => <span className={e.voidedAt ? 'ledger-struck' : undefined}>{node}</span>;
  const cellText = (e: LedgerEntry, key: string) => {
    const f = e.fields.find((x) => x.key === key);
    const v = e.display[key] ?? '';
    return f && f.type === 'select' && kind ? words.optionLabel(kind, f, v) : v;
  };
  const voidNote = (e: LedgerEntry) =>
    e.voidedAt ? (
      <div className="ledger-void-note">
        <Tag className="ledger-tag ledger-tag-bad">{t('ledgers:entries.voided')}</Tag>
        {t('ledgers:entries.voidedNote', { reason: e.voidReason ?? '', name: e.voidedByName ?? '', at: format.dateTime(e.voidedAt) })}
      </div>
    ) : null;

  return (
    <div className="ledgers">
      <PageHeader
        title={title}
        subtitle={place.name}
        extra={
          <Space wrap>
            {places.length > 1 ? (
              <Select
                aria-label={t('ledgers:page.station')}
                value={place.id}
                options={places.map((p) => ({ value: p.id, label: p.name }))}
                onChange={(v) => list.update({ station: v, kind: null })}
              />
            ) : null}
            {place.mayDefine ? (
              <Button icon={<SettingOutlined aria-hidden />} onClick={() => setEditing('new')}>
                {t('ledgers:page.defineKind')}
              </Button>
            ) : null}
          </Space>
        }
      />
      {screens.md ? (
        <Radio.Group
          className="ledger-kinds"
          aria-label={t('ledgers:page.kinds')}
          optionType="button"
          value={kind?.id}
          onChange={(e) => list.update({ kind: e.target.value })}
          options={kinds.map((k) => ({
            value: k.id,
            label: (
              <span>
                {words.kindName(k)}
                {k.builtin ? null : <Tag className="ledger-tag ledger-tag-own">{t('ledgers:page.own')}</Tag>}
              </span>
            ),
          }))}
        />
      ) : (
        <Select
          className="ledger-kinds ledger-wide"
          aria-label={t('ledgers:page.kinds')}
          value={kind?.id}
          onChange={(id) => list.update({ kind: id })}
          options={kinds.map((k) => ({
            value: k.id,
            label: k.builtin ? words.kindName(k) : t('common:aside', { text: words.kindName(k), aside: t('ledgers:page.own') }),
          }))}
        />
      )}
      {kind ? (
        <>
          <search className="toolbar ledger-toolbar">
            <Input.Search
              aria-label={t('ledgers:search.q')}
              placeholder={t('ledgers:search.qPlaceholder')}
              allowClear
              value={text}
              onChange={(e) => setText(e.target.value)}
              onSearch={(v) => list.update({ q: v.trim() || null })}
            />
            <DatePicker.RangePicker
              aria-label={t('ledgers:search.range')}
              value={from && to ? [dayjs(from), dayjs(to)] : null}
              onChange={(r) => list.update({ from: r?.[0]?.format('YYYY-MM-DD') ?? null, to: r?.[1]?.format('YYYY-MM-DD') ?? null })}
            />
            <Select
              aria-label={t('ledgers:search.writtenBy')}
              placeholder={t('ledgers:search.anyone')}
              allowClear
              value={writtenBy}
              className="ledger-writer"
              options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
              onChange={(v) => list.update({ writtenBy: v ?? null })}
            />
          </search>
          <Space wrap className="ledger-actions">
            {place.mayWrite ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setWriting(true)}>
                {t('ledgers:page.newEntry')}
              </Button>
            ) : null}
            <ExportButton
              path="/api/ledgers/entries/export.xlsx"
              query={{ ...query, page: undefined, pageSize: undefined, includeVoided: exportVoided ? 'true' : undefined }}
            />
            <Checkbox checked={exportVoided} onChange={(e) => setExportVoided(e.target.checked)}>
              {t('ledgers:page.exportVoided')}
            </Checkbox>
            {kind.abilities.edit ? (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing('edit')}>
                {t('ledgers:page.editKind')}
              </Button>
            ) : null}
          </Space>
          {entries.isError ? (
            <QueryError error={entries.error} onRetry={() => entries.refetch()} />
          ) : (
            <ResponsiveTable<LedgerEntry>
              label={words.kindName(kind)}
              rowKey="id"
              items={entries.data?.items}
              total={entries.data?.total ?? 0}
              page={list.page}
              pageSize={list.pageSize}
              loading={entries.isFetching}
              empty={<Empty description={t('ledgers:entries.empty')} />}
              onPageChange={list.onPageChange}
              onTableChange={list.onTableChange}
              columns={[
                { key: 'occurredOn', title: t('ledgers:entries.occurredOn'), render: (_, e) => struck(e, e.occurredOn) },
                ...columns.map((c) => ({
                  key: c.key,
                  title: words.fieldLabel(kind, c),
                  render: (_: unknown, e: LedgerEntry) => struck(e, cellText(e, c.key)),
                })),
                {
                  key: 'writtenBy',
                  title: t('ledgers:entries.writtenBy'),
                  render: (_, e) => (
                    <>
                      {struck(e, `${e.writtenByName} ${format.dateTime(e.writtenAt)}`)}
                      {voidNote(e)}
                    </>
                  ),
                },
                {
                  key: 'actions',
                  title: t('ledgers:entries.actions'),
                  render: (_, e) => (
                    <Space size={0} wrap>
                      <Button type="link" onClick={() => setViewing(e)}>
                        {t('ledgers:entries.details')}
                      </Button>
                      {e.abilities.void ? (
                        <Button type="link" danger onClick={() => setVoiding(e)}>
                          {t('ledgers:entries.void')}
                        </Button>
                      ) : null}
                      <HistoryButton entity="ledger_entry" id={e.id} name={`${words.kindName(kind)} ${e.occurredOn}`} />
                    </Space>
                  ),
                },
              ]}
              renderCard={(e) => (
                <div>
                  <div className="record-card-title">{struck(e, `${e.occurredOn} · ${columns[0] ? cellText(e, columns[0].key) : ''}`)}</div>
                  {columns.slice(1).map((c) =>
                    e.display[c.key] ? (
                      <div key={c.key} className="record-card-line">
                        {struck(e, `${words.fieldLabel(kind, c)}${t('common:labelSeparator')}${cellText(e, c.key)}`)}
                      </div>
                    ) : null,
                  )}
                  <div className="record-card-line">
                    {e.writtenByName} {format.dateTime(e.writtenAt)}
                  </div>
                  {voidNote(e)}
                  <Space size={0} wrap>
                    <Button type="link" onClick={() => setViewing(e)}>
                      {t('ledgers:entries.details')}
                    </Button>
                    {e.abilities.void ? (
                      <Button type="link" danger onClick={() => setVoiding(e)}>
                        {t('ledgers:entries.void')}
                      </Button>
                    ) : null}
                  </Space>
                </div>
              )}
            />
          )}
        </>
      ) : null}
      {writing && kind ? (
        <EntryFormDialog
          kind={kind}
          places={places}
          orgId={place.id}
          onClose={() => setWriting(false)}
          onSaved={() => toast.success(t('ledgers:entries.written'))}
        />
      ) : null}
      {editing ? (
        <KindEditorDialog
          orgId={place.id}
          {...(editing === 'edit' && kind ? { kind } : {})}
          onClose={() => setEditing(null)}
          onSaved={(id) => {
            toast.success(t('ledgers:kinds.saved'));
            list.update({ kind: id });
          }}
        />
      ) : null}
      {viewing && kind ? <EntryDetailsDialog entry={viewing} kind={kind} onClose={() => setViewing(null)} /> : null}
      <ConfirmAction
        open={voiding !== null}
        title={t('ledgers:entries.voidTitle')}
        description={t('ledgers:entries.voidHint')}
        okText={t('ledgers:entries.voidConfirm')}
        danger
        withReason="required"
        onClose={() => setVoiding(null)}
        onConfirm={async (reason) => {
          if (!voiding) return;
          await unwrap(
            api.POST('/api/ledgers/entries/{id}/void', {
              params: { path: { id: voiding.id } },
              body: { reason: reason ?? '', version: voiding.version },
            }),
          );
          await changed();
          toast.success(t('ledgers:entries.voidDone'));
        }}
      />
    </div>
  );
}
