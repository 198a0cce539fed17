import { Alert, Button, Form, Input, Radio, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ConfirmAction } from '../../app/ui/ConfirmAction';
import { applyServerErrors } from '../../app/ui/form-errors';
import { useToast } from '../../app/ui/toast';
import { type CallbackDetail, LEVELS, type SatisfactionLevel } from './callback-queries';

interface Values {
  reached: boolean;
  satisfaction?: SatisfactionLevel;
  comments?: string;
  followUp?: string;
}

/** The supervisor's record of one call: reached or not, how satisfied, what was said, what comes next. */
export function RecordCallbackForm({ callback, onSaved }: { callback: CallbackDetail; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [form] = Form.useForm<Values>();
  const reached = Form.useWatch('reached', form) ?? true;
  const [pending, setPending] = useState<Values | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (v: Values) => {
    await unwrap(
      api.POST('/api/orders/{id}/callback', {
        params: { path: { id: callback.orderId } },
        body: {
          version: callback.version,
          reached: v.reached,
          satisfaction: v.reached ? (v.satisfaction ?? null) : null,
          comments: v.comments?.trim() || null,
          followUp: v.followUp?.trim() || null,
        },
      }),
    );
    await onSaved();
    toast.success(t('callbacks:record.saved'));
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      className="callback-form"
      initialValues={{ reached: true }}
      onFinish={(v) => {
        setError(null);
        // a call that reached the owner is final: ask first; one that did not may be tried again
        if (v.reached) setPending(v);
        else send(v).catch((e) => setError(applyServerErrors(form, e, t)));
      }}
    >
      <Form.Item name="reached" label={t('callbacks:record.reached')} valuePropName="checked">
        <Switch checkedChildren={t('callbacks:record.yes')} unCheckedChildren={t('callbacks:record.no')} />
      </Form.Item>
      {reached ? (
        <Form.Item
          name="satisfaction"
          label={t('callbacks:record.satisfaction')}
          rules={[{ required: true, message: t('callbacks:record.satisfactionRequired') }]}
        >
          <Radio.Group>
            {LEVELS.map((l) => (
              <Radio key={l} value={l}>
                {t(`callbacks:levels.${l}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      ) : null}
      <Form.Item name="comments" label={t('callbacks:record.comments')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item name="followUp" label={t('callbacks:record.followUp')} rules={[{ max: 1000 }]} extra={t('callbacks:record.followUpHint')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      {error ? <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit">
        {t('callbacks:record.submit')}
      </Button>
      <ConfirmAction
        open={pending !== null}
        title={t('callbacks:record.confirmTitle')}
        description={t('callbacks:record.confirmText', {
          level: pending?.satisfaction ? t(`callbacks:levels.${pending.satisfaction}`) : '',
        })}
        okText={t('callbacks:record.submit')}
        onClose={() => setPending(null)}
        onConfirm={async () => {
          if (pending) await send(pending);
        }}
      />
    </Form>
  );
}
