import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from '../../app/ui/error-text';
import { fenToYuan, yuanToFen } from '../../app/ui/money';
import { useToast } from '../../app/ui/toast';
import type { PriceList, ServiceItem } from './pricelist-model';
import { allItemsQuery, useRefreshPriceLists } from './pricelist-queries';

interface Row {
  item: ServiceItem;
  included: boolean;
  price: string;
  note: string;
}

const rowsOf = (list: PriceList, items: ServiceItem[]): Row[] =>
  items
    .filter((item) => item.active || list.lines.some((l) => l.itemId === item.id))
    .map((item) => {
      const line = list.lines.find((l) => l.itemId === item.id);
      return { item, included: Boolean(line), price: line ? fenToYuan(line.priceFen) : '', note: line?.note ?? '' };
    });

/**
 * Prices of a list in preparation: every catalogue item, offered or not, with its price typed in yuan
 * (two decimals, read as integer fen) and a note. Saving sends the whole list with the version shown.
 */
export function PriceListEditor({ list, onDirty }: { list: PriceList; onDirty(dirty: boolean): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshPriceLists();
  const items = useQuery(allItemsQuery);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [shownVersion, setShownVersion] = useState(list.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A newer version from the server (after saving, or someone else's change) replaces the edits.
  if (shownVersion !== list.version) {
    setShownVersion(list.version);
    setRows(null);
  }
  useEffect(() => onDirty(rows !== null), [rows, onDirty]);
  const current = rows ?? (items.data ? rowsOf(list, items.data) : []);
  const change = (id: string, patch: Partial<Row>) => setRows(current.map((r) => (r.item.id === id ? { ...r, ...patch } : r)));
  const invalid = current.filter((r) => r.included && yuanToFen(r.price) === null);

  const save = async () => {
    if (invalid.length) return;
    setBusy(true);
    setError(null);
    const lines = current
      .filter((r) => r.included)
      .map((r) => ({ itemId: r.item.id, priceFen: yuanToFen(r.price) ?? 0, note: r.note.trim() || null }));
    try {
      await unwrap(api.PUT('/api/price-lists/{id}/lines', { params: { path: { id: list.id } }, body: { lines, version: list.version } }));
      await refresh(list.id);
      toast.success(t('pricelists:editor.saved'));
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.length) {
        const f = e.fieldErrors[0]!;
        const row = lines[Number(f.field.split('.')[1])];
        const name = current.find((r) => r.item.id === row?.itemId)?.item.name ?? '';
        setError(`${name} ${codeText(t, f.code, f.message)}`.trim());
      } else setError(errorText(t, e));
      if (isApiError(e) && e.code === 'record.version_conflict') await refresh(list.id);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Table<Row>
        size="small"
        rowKey={(r) => r.item.id}
        pagination={false}
        loading={items.isPending}
        aria-label={t('pricelists:editor.label')}
        dataSource={current}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'included',
            title: t('pricelists:editor.offered'),
            render: (_, r) => (
              <Checkbox
                checked={r.included}
                aria-label={t('pricelists:editor.offer', { item: r.item.name })}
                onChange={(e) => change(r.item.id, { included: e.target.checked })}
              />
            ),
          },
          {
            key: 'name',
            title: t('pricelists:fields.item'),
            render: (_, r) => (
              <>
                {r.item.name}
                {r.item.active ? null : <span className="muted small"> {t('pricelists:catalog.retiredMark')}</span>}
              </>
            ),
          },
          { key: 'category', title: t('pricelists:fields.category'), render: (_, r) => t(`pricelists:categories.${r.item.category}`) },
          {
            key: 'price',
            title: t('pricelists:fields.priceYuan'),
            render: (_, r) => (
              <Input
                className="price-input"
                prefix="¥"
                inputMode="decimal"
                disabled={!r.included}
                value={r.price}
                status={r.included && yuanToFen(r.price) === null ? 'error' : undefined}
                aria-label={t('pricelists:editor.priceOf', { item: r.item.name })}
                suffix={`/${t(`pricelists:units.${r.item.unit}`)}`}
                onChange={(e) => change(r.item.id, { price: e.target.value })}
              />
            ),
          },
          {
            key: 'note',
            title: t('pricelists:fields.note'),
            render: (_, r) => (
              <Input
                className="note-input"
                maxLength={200}
                disabled={!r.included}
                value={r.note}
                aria-label={t('pricelists:editor.noteOf', { item: r.item.name })}
                onChange={(e) => change(r.item.id, { note: e.target.value })}
              />
            ),
          },
        ]}
      />
      {invalid.length ? (
        <Alert
          type="warning"
          showIcon
          className="form-alert"
          title={t('pricelists:editor.invalid', { items: invalid.map((r) => r.item.name).join(t('common:listSeparator')) })}
        />
      ) : null}
      {error ? <Alert type="error" showIcon className="form-alert" title={error} /> : null}
      <div className="editor-footer">
        <span className="muted small">{t('pricelists:editor.help')}</span>
        <Button type="primary" onClick={save} loading={busy} disabled={!rows || invalid.length > 0}>
          {t('pricelists:editor.save')}
        </Button>
      </div>
    </>
  );
}
