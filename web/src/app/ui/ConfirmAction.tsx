import { Alert, Form, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

interface Props {
  open: boolean;
  title: string;
  /** What will happen, in plain words (and whether it can be undone). */
  description: ReactNode;
  okText: string;
  danger?: boolean;
  /** Ask why; the reason is kept in the record's history. `required`: the action needs one (a void, a refusal). */
  withReason?: boolean | 'required';
  onConfirm(reason: string | undefined): Promise<unknown>;
  onClose(): void;
}

/** Asks before a consequential action; shows the refusal in place if the server says no. */
export function ConfirmAction(props: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    props.onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm(reason.trim() || undefined);
      close();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      okButtonProps={{ danger: props.danger, loading: busy, disabled: props.withReason === 'required' && !reason.trim() }}
      cancelText={t('common:actions.cancel')}
      onOk={confirm}
      onCancel={close}
      destroyOnHidden
    >
      <div className="confirm-body">{props.description}</div>
      {props.withReason ? (
        <Form layout="vertical">
          <Form.Item
            label={t('common:fields.reason')}
            htmlFor="confirm-reason"
            required={props.withReason === 'required'}
            extra={t(props.withReason === 'required' ? 'common:confirm.reasonNeeded' : 'common:confirm.reasonHelp')}
          >
            <Input.TextArea id="confirm-reason" value={reason} maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
      ) : null}
      {error ? <Alert type="error" showIcon title={error} /> : null}
    </Modal>
  );
}
