import { Button, Form, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { useFormat } from '../../app/ui/format';
import { useToast } from '../../app/ui/toast';
import type { CallbackDetail } from './callback-queries';

/** The complaint follow-up of a dissatisfied callback: opened with what is to be done, closed with what was done. */
export function FollowUpSection({ callback, onSaved }: { callback: CallbackDetail; onSaved(): Promise<unknown> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [openForm] = Form.useForm<{ description: string }>();
  const [closeForm] = Form.useForm<{ result: string }>();
  const [dialog, setDialog] = useState<'open' | 'close' | null>(null);
  const f = callback.followUpRecord;
  if (!f && !callback.abilities.openFollowUp) return null;
  const id = callback.id;

  return (
    <section className="money-section" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('callbacks:followUp.title')}</h2>
      {f ? (
        <dl className="callback-facts">
          <dt>{t('callbacks:fields.state')}</dt>
          <dd>
            <Tag className={`callback-tag callback-tag-${f.state}`}>{t(`callbacks:followUp.${f.state}`)}</Tag>
          </dd>
          <dt>{t('callbacks:followUp.description')}</dt>
          <dd>{f.description}</dd>
          <dt>{t('callbacks:followUp.openedAt')}</dt>
          <dd>{format.dateTime(f.openedAt)}</dd>
          {callback.complaintId ? (
            <>
              <dt>{t('callbacks:followUp.complaint')}</dt>
              <dd>
                <Link to={`/feedback/${callback.complaintId}`}>{callback.complaintNumber}</Link>
                <div className="muted">{t('callbacks:followUp.complaintHint')}</div>
              </dd>
            </>
          ) : null}
          {f.result ? (
            <>
              <dt>{t('callbacks:followUp.result')}</dt>
              <dd>{f.result}</dd>
              <dt>{t('callbacks:followUp.closedAt')}</dt>
              <dd>{f.closedAt ? format.dateTime(f.closedAt) : ''}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="muted">{t('callbacks:followUp.hint')}</p>
      )}
      {callback.abilities.openFollowUp ? <Button onClick={() => setDialog('open')}>{t('callbacks:followUp.doOpen')}</Button> : null}
      {callback.abilities.closeFollowUp ? <Button onClick={() => setDialog('close')}>{t('callbacks:followUp.doClose')}</Button> : null}
      <FormModal<{ description: string }>
        open={dialog === 'open'}
        title={t('callbacks:followUp.doOpen')}
        form={openForm}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await unwrap(api.POST('/api/callbacks/{id}/follow-up', { params: { path: { id } }, body: { description: v.description } }));
          await onSaved();
          toast.success(t('callbacks:followUp.opened'));
        }}
      >
        <Form.Item name="description" label={t('callbacks:followUp.description')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ result: string }>
        open={dialog === 'close'}
        title={t('callbacks:followUp.doClose')}
        form={closeForm}
        onClose={() => setDialog(null)}
        onSubmit={async (v) => {
          await unwrap(
            api.POST('/api/callbacks/{id}/follow-up/close', {
              params: { path: { id } },
              body: { version: f?.version ?? 1, result: v.result },
            }),
          );
          await onSaved();
          toast.success(t('callbacks:followUp.closedToast'));
        }}
      >
        <Form.Item name="result" label={t('callbacks:followUp.result')} rules={[{ required: true, whitespace: true, max: 1000 }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </section>
  );
}
