import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { FIELD_TYPES, type FieldType, type LedgerField, type LedgerKind, useLedgersChanged } from './ledger-queries';

interface FieldValues {
  key?: string;
  label: string;
  type: FieldType;
  required?: boolean;
  listed?: boolean;
  searchable?: boolean;
  options?: string;
}
interface Values {
  code?: string;
  name: string;
  fields: FieldValues[];
}

const toForm = (f: LedgerField): FieldValues => ({ ...f, options: f.options.join('\n') });
const toWire = (f: FieldValues, i: number, all: FieldValues[]): LedgerField => ({
  key: f.key?.trim() || freeKey(i, all),
  label: f.label.trim(),
  type: f.type,
  required: Boolean(f.required),
  listed: Boolean(f.listed),
  searchable: Boolean(f.searchable),
  options:
    f.type === 'select'
      ? (f.options ?? '')
          .split('\n')
          .map((o) => o.trim())
          .filter(Boolean)
      : [],
});
/** A key for a field left without one: field1, field2… not taken by another field. */
function freeKey(i: number, all: FieldValues[]): string {
  const taken = new Set(all.map((f) => f.key?.trim()).filter(Boolean));
  let n = i + 1;
  while (taken.has(`field${n}`)) n++;
  return `field${n}`;
}
const blank: FieldValues = { key: '', label: '', type: 'text', required: false, listed: true, searchable: true, options: '' };

/**
 * 台帐定义 (A1.4): a station's own ledger without code — its name and fields, each with its type, whether it is required,
 * shown in the list and searched, and a choice field's choices. Saving a change makes a new version; entries already
 * written keep the fields they were written with.
 */
export function KindEditorDialog({
  orgId,
  kind,
  onClose,
  onSaved,
}: {
  orgId: string;
  kind?: LedgerKind;
  onClose(): void;
  onSaved(id: string): void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const changed = useLedgersChanged();
  const types = Form.useWatch('fields', form) ?? [];
  const required = { required: true, whitespace: true, message: t('validation:required') };

  return (
    <FormModal<Values>
      open
      form={form}
      preserve
      title={kind ? t('ledgers:kinds.editTitle', { name: kind.name }) : t('ledgers:kinds.newTitle')}
      okText={t('ledgers:kinds.save')}
      initialValues={kind ? { name: kind.name, fields: kind.fields.map(toForm) } : { fields: [{ ...blank }] }}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = v.fields.map((f, i) => toWire(f, i, v.fields));
        const saved = kind
          ? await unwrap(
              api.PUT('/api/ledgers/kinds/{id}', {
                params: { path: { id: kind.id } },
                body: { name: v.name.trim(), fields, version: kind.version },
              }),
            )
          : await unwrap(api.POST('/api/ledgers/kinds', { body: { orgId, code: (v.code ?? '').trim(), name: v.name.trim(), fields } }));
        await changed();
        onSaved(saved.id);
      }}
    >
      {kind ? (
        <Typography.Paragraph type="secondary">{t('ledgers:kinds.versionNote', { version: kind.version + 1 })}</Typography.Paragraph>
      ) : (
        <Form.Item name="code" label={t('ledgers:kinds.code')} extra={t('ledgers:kinds.codeHelp')} rules={[required, { max: 40 }]}>
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('ledgers:kinds.name')} rules={[required, { max: 60 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Typography.Text strong>{t('ledgers:kinds.fields')}</Typography.Text>
      <Form.List name="fields">
        {(items, { add, remove, move }) => (
          <div className="ledger-field-list">
            {items.map((item, i) => (
              <Card
                key={item.key}
                size="small"
                className="ledger-field-card"
                title={t('ledgers:kinds.fieldN', { n: i + 1 })}
                extra={
                  <Space size={0}>
                    <Button
                      type="text"
                      icon={<ArrowUpOutlined aria-hidden />}
                      aria-label={t('ledgers:kinds.moveUp', { n: i + 1 })}
                      disabled={i === 0}
                      onClick={() => move(i, i - 1)}
                    />
                    <Button
                      type="text"
                      icon={<ArrowDownOutlined aria-hidden />}
                      aria-label={t('ledgers:kinds.moveDown', { n: i + 1 })}
                      disabled={i === items.length - 1}
                      onClick={() => move(i, i + 1)}
                    />
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('ledgers:kinds.removeField', { n: i + 1 })}
                      disabled={items.length === 1}
                      onClick={() => remove(i)}
                    />
                  </Space>
                }
              >
                <div className="ledger-field-grid">
                  <Form.Item name={[item.name, 'label']} label={t('ledgers:kinds.label')} rules={[required, { max: 40 }]}>
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[item.name, 'key']} label={t('ledgers:kinds.key')} rules={[{ max: 40 }]}>
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Form.Item name={[item.name, 'type']} label={t('ledgers:kinds.type')} rules={[{ required: true }]}>
                    <Select options={FIELD_TYPES.map((ft) => ({ value: ft, label: t(`ledgers:types.${ft}`) }))} />
                  </Form.Item>
                </div>
                <Space wrap>
                  <Form.Item name={[item.name, 'required']} valuePropName="checked" noStyle>
                    <Checkbox>{t('ledgers:kinds.required')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[item.name, 'listed']} valuePropName="checked" noStyle>
                    <Checkbox>{t('ledgers:kinds.listed')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[item.name, 'searchable']} valuePropName="checked" noStyle>
                    <Checkbox>{t('ledgers:kinds.searchable')}</Checkbox>
                  </Form.Item>
                </Space>
                {types[i]?.type === 'select' ? (
                  <Form.Item
                    name={[item.name, 'options']}
                    label={t('ledgers:kinds.options')}
                    extra={t('ledgers:kinds.optionsHelp')}
                    rules={[required]}
                    className="ledger-options"
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                ) : null}
              </Card>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ ...blank })}>
              {t('ledgers:kinds.addField')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormModal>
  );
}
