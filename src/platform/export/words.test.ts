import { describe, expect, it } from 'vitest';
import { webWords } from './words.js';

const catalogues = {
  'zh-CN': { money: { receipts: { number: '收据号', voidTitle: '作废收据 {{number}}' } }, common: { listSeparator: '、' } },
  en: { money: { receipts: { number: 'Number', voidTitle: 'Void receipt {{ number }}' } }, common: { listSeparator: ', ' } },
};

describe('the web’s words in a file', () => {
  it('are looked up by namespace and dotted key, in the language asked', () => {
    expect(webWords(catalogues, 'zh-CN')('money:receipts.number')).toBe('收据号');
    expect(webWords(catalogues, 'en')('money:receipts.number')).toBe('Number');
    expect(webWords(catalogues, 'en')('common:listSeparator')).toBe(', ');
  });

  it('fill i18next placeholders', () => {
    expect(webWords(catalogues, 'zh-CN')('money:receipts.voidTitle', { number: 'A-0000001' })).toBe('作废收据 A-0000001');
    expect(webWords(catalogues, 'en')('money:receipts.voidTitle', { number: 'A-0000001' })).toBe('Void receipt A-0000001');
  });

  it('show the key itself when it is missing or names a group, never fail the download', () => {
    const t = webWords(catalogues, 'zh-CN');
    expect(t('money:receipts.nothing')).toBe('money:receipts.nothing');
    expect(t('money:receipts')).toBe('money:receipts');
    expect(t('nowhere:at.all')).toBe('nowhere:at.all');
  });
});
