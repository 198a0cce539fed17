import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormModal } from '../../app/ui/FormModal';
import { fenToYuan, yuanToFen } from '../../app/ui/money';
import { useServerToday } from '../../app/ui/server-time';
import { useToast } from '../../app/ui/toast';
import {
  BASES,
  type Basis,
  estateOptionsQuery,
  feeItemsQuery,
  nextMonth,
  RATE_OCCUPANCIES,
  RATE_USES,
  type Rate,
  type Standard,
  useRefreshStandards,
} from './fee-standard-queries';

interface Values {
  estateId: string;
  itemId: string;
  basis: Basis;
  effectiveMonth: string;
  rates: { use: Choice<Rate['use']>; occupancy: Choice<Rate['occupancy']>; yuan: string }[];
  note?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `*` (any) is `any` in the form: the select does not show a value of `*`. */
type Choice<T extends string> = Exclude<T, '*'> | 'any';
const toChoice = <T extends string>(v: T) => (v === '*' ? 'any' : v) as Choice<T>;
const fromChoice = <T extends string>(v: Choice<T>) => (v === 'any' ? '*' : v) as T;

/** Drafts a standard (estate, item, basis, month, rate rows, note), or changes a draft or returned one. */
export function StandardFormModal({
  open,
  standard,
  onClose,
  onSaved,
}: {
  open: boolean;
  standard?: Standard;
  onClose(): void;
  onSaved?(s: Standard): void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const refresh = useRefreshStandards();
  const today = useServerToday();
  const [form] = Form.useForm<Values>();
  const estates = useQuery({ ...estateOptionsQuery, enabled: !standard });
  const items = useQuery({ ...feeItemsQuery, enabled: !standard });
  const basis = Form.useWatch('basis', form) ?? standard?.basis ?? 'per_area';
  const initial: Partial<Values> = standard
    ? {
        basis: standard.basis,
        effectiveMonth: standard.effectiveMonth,
        note: standard.note,
        rates: standard.rates.map((r) => ({ use: toChoice(r.use), occupancy: toChoice(r.occupancy), yuan: fenToYuan(r.rateFen) })),
      }
    : { basis: 'per_area', effectiveMonth: nextMonth(today), rates: [{ use: 'any', occupancy: 'any', yuan: '' }] };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={
        standard
          ? t('feeStandards:form.editTitle', { estate: standard.estateName, item: standard.itemName })
          : t('feeStandards:form.newTitle')
      }
      initialValues={initial}
      onClose={onClose}
      onSubmit={async (v) => {
        const fields = {
          basis: v.basis,
          effectiveMonth: v.effectiveMonth.trim(),
          note: v.note?.trim() ?? '',
          rates: v.rates.map((r) => ({
            use: fromChoice<Rate['use']>(r.use),
            occupancy: fromChoice<Rate['occupancy']>(r.occupancy),
            rateFen: yuanToFen(r.yuan) ?? 0,
          })),
        };
        const saved = standard
          ? await unwrap(
              api.PUT('/api/fee-standards/{id}', { params: { path: { id: standard.id } }, body: { ...fields, version: standard.version } }),
            )
          : await unwrap(api.POST('/api/fee-standards', { body: { ...fields, estateId: v.estateId, itemId: v.itemId } }));
        await refresh(saved.id);
        toast.success(t('feeStandards:form.saved'));
        onSaved?.(saved);
      }}
    >
      {standard ? null : (
        <>
          <Form.Item
            name="estateId"
            label={t('feeStandards:fields.estate')}
            rules={[{ required: true, message: t('feeStandards:form.pickEstate') }]}
          >
            <Select
              options={(estates.data?.items ?? []).map((e) => ({
                value: e.id,
                label: t('common:aside', { text: e.name, aside: e.officeName }),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="itemId"
            label={t('feeStandards:fields.item')}
            rules={[{ required: true, message: t('feeStandards:form.pickItem') }]}
          >
            {/* an item billed elsewhere (停车月卡费, by the passes) takes no standard: the server refuses it too */}
            <Select
              options={(items.data ?? []).filter((i) => i.active && !i.pricedElsewhere).map((i) => ({ value: i.id, label: i.name }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="basis" label={t('feeStandards:fields.basis')} rules={[{ required: true }]}>
        <Radio.Group options={BASES.map((b) => ({ value: b, label: t(`feeStandards:basis.${b}`) }))} />
      </Form.Item>
      <Form.Item
        name="effectiveMonth"
        label={t('feeStandards:fields.effectiveMonth')}
        extra={t('feeStandards:form.monthHelp')}
        rules={[{ required: true, pattern: MONTH, message: t('feeStandards:form.monthInvalid') }]}
      >
        <Input placeholder="YYYY-MM" maxLength={7} />
      </Form.Item>
      <fieldset className="fee-rate-rows">
        <legend>{t('feeStandards:fields.rates')}</legend>
        <p className="muted">{t('feeStandards:form.ratesHelp', { unit: t(`feeStandards:unit.${basis}`) })}</p>
        <Form.List name="rates">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, i) => (
                <div key={row.key} className="fee-rate-row">
                  <Form.Item name={[row.name, 'use']} className="fee-rate-field" preserve>
                    <Select
                      aria-label={t('feeStandards:form.useOf', { n: i + 1 })}
                      options={RATE_USES.map((u) => ({
                        value: toChoice(u),
                        label: u === '*' ? t('feeStandards:rateScope.anyUse') : t(`feeStandards:use.${u}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'occupancy']} className="fee-rate-field" preserve>
                    <Select
                      aria-label={t('feeStandards:form.occupancyOf', { n: i + 1 })}
                      options={RATE_OCCUPANCIES.map((o) => ({
                        value: toChoice(o),
                        label: o === '*' ? t('feeStandards:rateScope.anyOccupancy') : t(`feeStandards:occupancy.${o}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row.name, 'yuan']}
                    preserve
                    rules={[
                      {
                        validator: async (_, v: string) =>
                          yuanToFen(v ?? '') === null ? Promise.reject(new Error(t('feeStandards:form.rateInvalid'))) : undefined,
                      },
                    ]}
                    className="fee-rate-amount"
                  >
                    <Input
                      aria-label={t('feeStandards:form.rateOf', { n: i + 1 })}
                      prefix="¥"
                      suffix={t(`feeStandards:unit.${basis}`)}
                      inputMode="decimal"
                    />
                  </Form.Item>
                  {rows.length > 1 ? (
                    <Button
                      type="text"
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('feeStandards:form.removeRate', { n: i + 1 })}
                      onClick={() => remove(row.name)}
                    />
                  ) : null}
                </div>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ use: 'any', occupancy: 'vacant', yuan: '' })}>
                {t('feeStandards:form.addRate')}
              </Button>
            </>
          )}
        </Form.List>
      </fieldset>
      <Form.Item name="note" label={t('feeStandards:fields.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
