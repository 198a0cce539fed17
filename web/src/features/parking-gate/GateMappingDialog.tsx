import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { applyServerErrors } from '../../app/ui/form-errors';
import { useToast } from '../../app/ui/toast';
import { type GateMapping, mappingQuery, useRefresh } from './gate-queries';

type Fields = Pick<GateMapping, 'plateColumn' | 'enteredColumn' | 'exitedColumn' | 'recordColumn'>;
const FIELDS = ['plateColumn', 'enteredColumn', 'exitedColumn', 'recordColumn'] as const;

/** 列映射: the header text of each column of this car park's gate export, set by the office. */
export function GateMappingDialog({ carParkId, onClose }: { carParkId: string; onClose(): void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefresh();
  const [form] = Form.useForm<Fields>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mapping = useQuery(mappingQuery(carParkId));

  const save = async (values: Fields) => {
    setSaving(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/parking/car-parks/{id}/gate-mapping', {
          params: { path: { id: carParkId } },
          body: { ...values, recordColumn: values.recordColumn ?? '', version: mapping.data?.version ?? 0 },
        }),
      );
      await refresh();
      toast.success(t('parkingGate:mappingDialog.saved'));
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, t));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('parkingGate:mappingDialog.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common:actions.save')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <p>{t('parkingGate:mappingDialog.help')}</p>
      {mapping.data && !mapping.data.custom ? <p>{t('parkingGate:mappingDialog.defaults')}</p> : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {mapping.data ? (
        <Form form={form} layout="vertical" initialValues={mapping.data} onFinish={save}>
          {FIELDS.map((f) => (
            <Form.Item
              key={f}
              name={f}
              label={t(`parkingGate:mappingDialog.${f}`)}
              rules={f === 'recordColumn' ? [] : [{ required: true, whitespace: true }]}
            >
              <Input maxLength={40} />
            </Form.Item>
          ))}
        </Form>
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}
