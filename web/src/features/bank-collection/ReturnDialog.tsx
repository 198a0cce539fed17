import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Modal } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../app/ui/error-text';
import { formatFen } from '../../app/ui/money';
import { BANK_KEY, type BatchDetail, type ReturnResult, toBase64 } from './bank-queries';

/**
 * Imports the bank's return file (CSV or Excel) and shows what it did: lines paid, lines failed with the bank's
 * reason, and lines of the file that do not match the batch (listed, not applied).
 */
export function ReturnDialog({ batch, open, onClose }: { batch: BatchDetail; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReturnResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const format = /\.xlsx$/i.test(file.name) ? 'xlsx' : 'csv';
      const done = await unwrap(
        api.POST('/api/bank-batches/{id}/return', { params: { path: { id: batch.id } }, body: { file: await toBase64(file), format } }),
      );
      setResult(done);
      await client.invalidateQueries({ queryKey: BANK_KEY });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <Modal
      open={open}
      title={t('bankCollection:return.title', { number: batch.number })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common:actions.close')}</Button>}
      width={720}
      destroyOnHidden
      afterClose={() => {
        setResult(null);
        setError(null);
      }}
    >
      <p>{t('bankCollection:return.help')}</p>
      <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={busy} onClick={() => input.current?.click()}>
        {t('bankCollection:return.upload')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('bankCollection:return.upload')}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void upload(file);
        }}
      />
      {error ? <Alert className="bank-result" type="error" showIcon role="alert" title={error} /> : null}
      {result ? (
        <div className="bank-result" role="status">
          {result.alreadyImported ? <Alert type="info" showIcon title={t('bankCollection:return.already')} /> : null}
          <Alert
            type={result.failed.length || result.unmatched.length ? 'warning' : 'success'}
            showIcon
            title={t('bankCollection:return.summary', {
              paid: result.paid,
              paidAmount: formatFen(result.paidFen),
              failed: result.failed.length,
              unmatched: result.unmatched.length,
              skipped: result.skipped,
            })}
          />
          {result.failed.length ? (
            <>
              <h2 className="bank-result-heading">{t('bankCollection:return.failedLines')}</h2>
              <ul>
                {result.failed.map((f) => (
                  <li key={f.lineNo}>{t('bankCollection:return.failedLine', f)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {result.unmatched.length ? (
            <>
              <h2 className="bank-result-heading">{t('bankCollection:return.unmatchedLines')}</h2>
              <ul>
                {result.unmatched.map((u) => (
                  <li key={u.row}>
                    {t('bankCollection:return.unmatchedLine', { ...u, cause: t(`bankCollection:return.cause.${u.cause}`) })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
