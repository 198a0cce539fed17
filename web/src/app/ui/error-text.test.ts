import type { FormInstance } from 'antd';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../api/problem';
import en from '../../locales/en/errors.json';
import zh from '../../locales/zh-CN/errors.json';
import { codeText, errorText } from './error-text';
import { applyServerErrors } from './form-errors';

const i18n = i18next.createInstance();
await i18n.init({ fallbackLng: false, returnEmptyString: false, resources: { 'zh-CN': { errors: zh }, en: { errors: en } } });
const zhT = i18n.getFixedT('zh-CN');
const enT = i18n.getFixedT('en');

/** The server's answer to a new unit on floor 0 sent past the form's own check (POST /api/estate-units). */
const floorZero: Problem = {
  type: 'urn:guanjia:problem:request.invalid',
  title: 'Invalid input',
  status: 400,
  detail: 'the request does not match its schema',
  code: 'request.invalid',
  instance: '/api/estate-units',
  errors: [{ field: 'floor', code: 'floor_zero', message: 'no floor 0' }],
};

/** The unit form's fields as antd lists them, and the words it is told to show under each. */
function unitForm() {
  const shown: Record<string, string[]> = {};
  const form = {
    getFieldsError: () => ['buildingId', 'entrance', 'floor', 'room', 'area'].map((f) => ({ name: [f], errors: [], warnings: [] })),
    setFields: (fields: { name: string[]; errors: string[] }[]) => {
      for (const f of fields) shown[f.name.join('.')] = f.errors;
    },
  } as unknown as FormInstance;
  return { form, shown };
}

describe('a refusal reaches the user in their language, never as the server’s English detail', () => {
  it('puts a field error’s words under its field: floor 0 on the unit form', () => {
    const zhForm = unitForm();
    expect(applyServerErrors(zhForm.form, new ApiError(400, floorZero), zhT)).toBeNull();
    expect(zhForm.shown).toEqual({ floor: ['没有 0 层：地下层用负数（如 -1）'] });
    const enForm = unitForm();
    applyServerErrors(enForm.form, new ApiError(400, floorZero), enT);
    expect(enForm.shown).toEqual({ floor: ['There is no floor 0: floors below ground are negative (-1)'] });
  });

  it('says a refusal met on another module’s page (a parking pass cancelled while its bill is with the bank)', () => {
    const problem: Problem = {
      type: 'urn:guanjia:problem:fee_bill.in_bank_collection',
      title: 'Conflict',
      status: 409,
      detail: 'bills of 2026-12 are with the bank',
      code: 'fee_bill.in_bank_collection',
    };
    expect(errorText(zhT, new ApiError(409, problem))).toBe('有月份的账单正在银行托收中，待回盘后再办理');
  });

  it('reads a code three parts deep and one of the request layer’s own', () => {
    expect(codeText(zhT, 'infusion.patient.not_found', 'patient not found')).toBe('找不到该患者');
    expect(codeText(zhT, 'request.param_too_long', 'a path parameter is longer than any record id')).toBe('请求的地址不正确。');
  });
});
