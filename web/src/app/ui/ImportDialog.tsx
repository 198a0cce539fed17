import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Table } from 'antd';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from './error-text';

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

interface Props {
  open: boolean;
  title: string;
  /** What to fill in and how the import judges it. */
  help: ReactNode;
  /** The empty template's address. */
  templateHref: string;
  /** Anything to choose before uploading (the car park or estate the rows go into). */
  children?: ReactNode;
  /** Uploading waits until that choice is made. */
  disabled?: boolean;
  /** Sends the file (base64) and returns what to say when it is stored. */
  upload(file: string): Promise<string>;
  /** Names a field error's sheet and column (`<sheet>.<row>.<column>`) in the page's words. */
  sheetName(sheet: string): string;
  columnName(column: string): string;
  onClose(): void;
}

/**
 * Imports a filled-in Excel template, all or nothing (the estate register, the parking register): when any row is
 * wrong, every problem is listed by sheet, row and column, and nothing of the file was stored.
 */
export function ImportDialog(props: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<RowError[]>([]);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setErrors([]);
    setMessage(null);
    try {
      setMessage({ kind: 'success', text: await props.upload(await toBase64(file)) });
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.length) {
        setErrors(
          e.fieldErrors.map((f, i) => {
            const [sheet = '', row = '', column = ''] = f.field.split('.');
            return {
              key: String(i),
              sheet: props.sheetName(sheet),
              row,
              column: column ? props.columnName(column) : '',
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
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      footer={<Button onClick={props.onClose}>{t('common:actions.close')}</Button>}
      width={760}
      destroyOnHidden
      afterClose={() => {
        setErrors([]);
        setMessage(null);
      }}
    >
      <p>{props.help}</p>
      {props.children}
      <div className="import-actions">
        <Button icon={<DownloadOutlined aria-hidden />} href={props.templateHref}>
          {t('common:import.template')}
        </Button>
        <Button
          type="primary"
          icon={<UploadOutlined aria-hidden />}
          loading={busy}
          disabled={props.disabled}
          onClick={() => input.current?.click()}
        >
          {t('common:import.upload')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={t('common:import.upload')}
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
          className="import-errors"
          size="small"
          rowKey="key"
          pagination={false}
          scroll={{ y: 320 }}
          dataSource={errors}
          columns={[
            { key: 'sheet', dataIndex: 'sheet', title: t('common:import.sheet'), width: 100 },
            { key: 'row', dataIndex: 'row', title: t('common:import.row'), width: 60 },
            { key: 'column', dataIndex: 'column', title: t('common:import.column'), width: 120 },
            { key: 'problem', dataIndex: 'problem', title: t('common:import.problem') },
          ]}
        />
      ) : null}
    </Modal>
  );
}
