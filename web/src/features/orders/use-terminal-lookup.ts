import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';

/** The look-up of a detail field, as DetailFields takes it: what leaving the field does, and the warning it may raise. */
export interface FieldLookup {
  onBlur: () => void;
  rule: Rule;
}

const SERIAL = ['details', 'terminalSerial'];

/**
 * A GPS repair's intake (A4.4.2): the terminal number typed, on leaving the field the register fills the plate, the
 * model, the purchase date and the warranty as it has them (the server refuses a warranty the register contradicts);
 * a number the register does not know is marked with a warning, which does not stop the call being taken.
 */
export function useTerminalLookup(form: FormInstance, active: boolean): Record<string, FieldLookup> | undefined {
  const { t } = useTranslation();
  // the number the register did not know, while it is still the one typed
  const unknown = useRef<string | null>(null);
  if (!active) return undefined;
  const typed = () => String(form.getFieldValue(SERIAL) ?? '').trim();
  const recheck = () => form.validateFields([SERIAL]).catch(() => undefined);
  const onBlur = async () => {
    const serial = typed();
    unknown.current = null;
    if (!serial) return recheck();
    const res = await api.GET('/api/gps/terminals/by-serial', { params: { query: { serial } } });
    // typed on meanwhile: this answer is of an older number
    if (typed() !== serial) return;
    if (res.data) {
      const terminal = res.data;
      const fill: Record<string, string | boolean> = { productModel: terminal.modelCode, warranty: terminal.inWarranty };
      if (terminal.plate) fill.plate = terminal.plate;
      if (terminal.soldOn) fill.purchaseDate = terminal.soldOn;
      form.setFieldsValue({ details: { ...form.getFieldValue('details'), ...fill } });
      form.validateFields(Object.keys(fill).map((k) => ['details', k])).catch(() => undefined);
    } else if (res.response.status === 404) unknown.current = serial;
    return recheck();
  };
  const rule: Rule = {
    warningOnly: true,
    validator: () =>
      unknown.current && unknown.current === typed() ? Promise.reject(new Error(t('orders:intake.terminalUnknown'))) : Promise.resolve(),
  };
  return { terminalSerial: { onBlur: () => void onBlur(), rule } };
}
