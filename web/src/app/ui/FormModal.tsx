import { Alert, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from './form-errors';

interface Props<V> {
  open: boolean;
  title: string;
  okText?: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  /** Sends the form; a refusal's field errors land on their fields, the rest above the buttons. */
  onSubmit(values: V): Promise<unknown>;
  onClose(): void;
  children: ReactNode;
  closable?: boolean;
  cancelText?: string;
  onCancel?: () => void;
  /**
   * Keep the values of fields that unmount. Off by default (a hidden field's value is not sent); on for a form whose
   * list rows are prefilled from a record (a plan's activities), whose values were otherwise dropped as the rows mounted.
   */
  preserve?: boolean;
}

/** A dialog with one form: validates with the form's rules, then shows what the server refused, where it belongs. */
export function FormModal<V>(props: Props<V>) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closable = props.closable ?? true;

  const submit = async () => {
    let values: V;
    try {
      values = await props.form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.onSubmit(values);
      props.onClose();
    } catch (e) {
      setError(applyServerErrors(props.form, e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText ?? t('common:actions.save')}
      cancelText={props.cancelText ?? t('common:actions.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={props.onCancel ?? props.onClose}
      closable={closable}
      keyboard={closable}
      mask={{ closable: false }}
      afterClose={() => setError(null)}
      destroyOnHidden
    >
      <Form<V>
        form={props.form}
        layout="vertical"
        className="modal-form"
        initialValues={props.initialValues}
        preserve={props.preserve ?? false}
        onFinish={submit}
        requiredMark
        scrollToFirstError
      >
        {props.children}
        {error ? <Alert type="error" showIcon title={error} className="form-alert" /> : null}
        {/* Enter in a field submits the dialog. */}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
