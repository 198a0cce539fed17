import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Table } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from '../../app/ui/error-text';
import { mappingQuery, useRefresh } from './gate-queries';

interface RowError {
  key: string;
  row: string;
  column: string;
  problem: string;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * 导入闸机数据: uploads a gate system's export (Excel or CSV) into the car park, read by its column mapping (shown).
 * All or nothing: the counts when stored, else every problem by row and column, with nothing stored.
 */
export function GateImportDialog({ carParkId, onClose }: { carParkId: string; onClose(): void }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const mapping = useQuery(mappingQuery(carParkId));
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const columnName = (k: string) =>
    k === 'plate' || k === 'entered' || k === 'exited' || k === 'record'
      ? t(`parkingGate:mappingDialog.${k === 'plate' ? 'plateColumn' : `${k}Column`}`)
      : k;

  const upload = async (file: File) => {
    setBusy(true);
    setErrors([]);
    setMessage(null);
    try {
      const done = await unwrap(
        api.POST('/api/parking/gate-imports', { body: { carParkId, fileName: file.name, file: await toBase64(file) } }),
      );
      await refresh();
      setMessage({ kind: 'success', text: t('parkingGate:importDialog.done', done) });
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.length)
        setErrors(
          e.fieldErrors.map((f, i) => {
            const [row = '', ...rest] = f.field.split('.');
            const column = rest.join('.');
            return {
              key: String(i),
              row: row === 'mapping' || row === 'file' ? '' : row,
              column: row === 'mapping' ? columnName(column) : column,
              problem: codeText(t, f.code, f.message),
            };
          }),
        );
      setMessage({ kind: 'error', text: errorText(t, e) });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const m = mapping.data;
  return (
    <Modal
      open
      title={t('parkingGate:importDialog.title')}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common:actions.close')}</Button>}
      width={760}
      destroyOnHidden
    >
      <p>{t('parkingGate:importDialog.help')}</p>
      {m ? (
        <p>
          {t('parkingGate:importDialog.mappingNow', {
            plate: m.plateColumn,
            entered: m.enteredColumn,
            exited: m.exitedColumn,
            record: m.recordColumn,
          })}
        </p>
      ) : null}
      <div className="import-actions">
        <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
          {t('parkingGate:importDialog.upload')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('parkingGate:importDialog.upload')}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
          }}
        />
      </div>
      {message ? <Alert type={message.kind} title={message.text} showIcon role={message.kind === 'error' ? 'alert' : 'status'} /> : null}
      {errors.length ? (
        <Table<RowError>
          className="import-errors"
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 320 }}
          dataSource={errors}
          columns={[
            { key: 'row', dataIndex: 'row', title: t('parkingGate:importDialog.row'), width: 60 },
            { key: 'column', dataIndex: 'column', title: t('parkingGate:importDialog.column'), width: 140 },
            { key: 'problem', dataIndex: 'problem', title: t('parkingGate:importDialog.problem') },
          ]}
        />
      ) : null}
    </Modal>
  );
}
