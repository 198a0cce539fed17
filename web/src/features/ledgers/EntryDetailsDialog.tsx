import { Descriptions, Modal, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/ui/format';
import type { LedgerEntry, LedgerKind } from './ledger-queries';
import { useLedgerWords } from './use-ledger-words';

/** One entry with every field of the version it was written with (A1.4), who wrote it and when, and a void's reason. */
export function EntryDetailsDialog({ entry, kind, onClose }: { entry: LedgerEntry; kind: LedgerKind; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useLedgerWords();
  const value = (key: string) => {
    const f = entry.fields.find((x) => x.key === key);
    const v = entry.display[key] ?? '';
    return f?.type === 'select' ? words.optionLabel(kind, f, v) : v;
  };
  return (
    <Modal open title={`${t('ledgers:entries.detailsTitle')} · ${words.kindName(kind)}`} footer={null} onCancel={onClose} destroyOnHidden>
      {entry.voidedAt ? (
        <p className="ledger-void-note">
          <Tag className="ledger-tag ledger-tag-bad">{t('ledgers:entries.voided')}</Tag>
          {t('ledgers:entries.voidedNote', {
            reason: entry.voidReason ?? '',
            name: entry.voidedByName ?? '',
            at: format.dateTime(entry.voidedAt),
          })}
        </p>
      ) : null}
      <Descriptions column={1} size="small" bordered className={entry.voidedAt ? 'ledger-struck-all' : undefined}>
        <Descriptions.Item label={t('ledgers:entries.station')}>{entry.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('ledgers:entries.occurredOn')}>{entry.occurredOn}</Descriptions.Item>
        {entry.fields.map((f) => (
          <Descriptions.Item key={f.key} label={words.fieldLabel(kind, f)}>
            <span className="ledger-pre">{value(f.key) || t('common:empty')}</span>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('ledgers:entries.writtenBy')}>
          {entry.writtenByName} {format.dateTime(entry.writtenAt)}
        </Descriptions.Item>
      </Descriptions>
      <p className="ledger-version-note">{t('ledgers:entries.versionNote', { version: entry.kindVersion })}</p>
    </Modal>
  );
}
