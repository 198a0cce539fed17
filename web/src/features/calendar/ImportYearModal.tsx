import { Alert, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { codeText, errorText } from '../../app/ui/error-text';
import { useToast } from '../../app/ui/toast';
import { parseImport } from './calendar-import';

/**
 * 导入全年: pasted lines (`2027-01-01 休 元旦`, as an office copies the State Council's notice) replace the year's
 * special days, all or nothing; every wrong line is named by its number, and nothing is written while one is wrong.
 */
export function ImportYearModal({ open, year, onDone, onClose }: { open: boolean; year: number; onDone(): void; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const parsed = parseImport(text);

  const close = () => {
    setText('');
    setProblems([]);
    onClose();
  };
  const submit = async () => {
    const own = parsed.problems.map((p) => t('calendar:import.lineError', { line: p.line, text: t(`calendar:import.${p.key}`) }));
    setProblems(own);
    if (own.length > 0) return;
    setBusy(true);
    try {
      await unwrap(api.POST('/api/calendar/years/{year}/import', { params: { path: { year } }, body: { days: parsed.days } }));
      toast.success(t('calendar:import.done', { year, count: parsed.days.length }));
      onDone();
      close();
    } catch (e) {
      // `days.<i>.<field>`: the i-th entry, which came from a pasted line
      const lines = isApiError(e)
        ? e.fieldErrors.map((f) => {
            const i = Number(f.field.split('.')[1]);
            return t('calendar:import.lineError', { line: parsed.lines[i] ?? i + 1, text: codeText(t, f.code, f.message) });
          })
        : [];
      setProblems([errorText(t, e), ...lines]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('calendar:import.title', { year })}
      okText={t('calendar:import.submit', { year })}
      cancelText={t('common:actions.cancel')}
      okButtonProps={{ disabled: parsed.days.length + parsed.problems.length === 0 }}
      confirmLoading={busy}
      onOk={submit}
      onCancel={close}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <p>{t('calendar:import.help', { year })}</p>
      <label className="calendar-import-label" htmlFor="calendar-import-text">
        {t('calendar:import.text')}
      </label>
      <Input.TextArea
        id="calendar-import-text"
        rows={10}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('calendar:import.example', { year })}
        className="calendar-import-text"
      />
      <div className="muted small">{t('calendar:import.lines', { count: parsed.days.length + parsed.problems.length })}</div>
      {problems.length > 0 ? (
        <Alert
          type="error"
          showIcon
          className="form-alert"
          title={problems[0]}
          description={
            problems.length > 1 ? (
              <ul>
                {problems.slice(1).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      ) : null}
    </Modal>
  );
}
