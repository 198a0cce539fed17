import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal, Table } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from '../../app/ui/error-text';
import { ESTATES_KEY } from './estate-queries';

interface RowError {
  key: string;
  sheet: string;
  row: string;
  column: string;
  problem: string;
}

/** The file's bytes as base64, for the JSON body. */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Imports buildings, units and owners from the Excel template: all or nothing. When any row is wrong, every
 * problem is listed by sheet, row and column, and nothing of the file was stored.
 */
export function ImportDialog({ estateId, open, onClose }: { estateId: string; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setErrors([]);
    setMessage(null);
    try {
      const done = await unwrap(
        api.POST('/api/estates/{id}/import', { params: { path: { id: estateId } }, body: { file: await toBase64(file) } }),
      );
      setMessage({ kind: 'success', text: t('estates:import.done', done) });
      await client.invalidateQueries({ queryKey: ESTATES_KEY });
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.length) {
        setErrors(
          e.fieldErrors.map((f, i) => {
            const [sheet = '', row = '', column = ''] = f.field.split('.');
            return {
              key: String(i),
              sheet: t(`estates:import.sheets.${sheet}`, { defaultValue: sheet }),
              row,
              column: column ? t(`estates:import.columns.${column}`, { defaultValue: column }) : '',
              problem: codeText(t, f.code, f.message),
            };
          }),
        );
      }
      setMessage({ kind: 'error', text: errorText(t, e) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Modal
      open={open}
      title={t('estates:import.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common:actions.close')}</Button>}
      width={760}
      destroyOnHidden
      afterClose={() => {
        setErrors([]);
        setMessage(null);
      }}
    >
      <p>{t('estates:import.help')}</p>
      <div className="estate-import-actions">
        <Button icon={<DownloadOutlined aria-hidden />} href="/api/estates/import-template.xlsx">
          {t('estates:import.template')}
        </Button>
        <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
          {t('estates:import.upload')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('estates:import.upload')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </div>
      {message ? <Alert type={message.kind} title={message.text} showIcon role={message.kind === 'error' ? 'alert' : 'status'} /> : null}
      {errors.length ? (
        <Table<RowError>
          className="estate-import-errors"
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 320 }}
          dataSource={errors}
          columns={[
            { key: 'sheet', dataIndex: 'sheet', title: t('estates:import.sheet'), width: 100 },
            { key: 'row', dataIndex: 'row', title: t('estates:import.row'), width: 60 },
            { key: 'column', dataIndex: 'column', title: t('estates:import.column'), width: 120 },
            { key: 'problem', dataIndex: 'problem', title: t('estates:import.problem') },
          ]}
        />
      ) : null}
    </Modal>
  );
}
