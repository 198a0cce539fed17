import { describe, expect, it } from 'vitest';
import { html, labelled, printPage } from './html.js';
import { A4, labelPaper, linesOf, pageRule, ROLL, rollPaper, textEms } from './paper.js';

describe('paper sizes Chromium honours', () => {
  it('prints A4 as A4 and a roll as 80 mm by a concrete length, never `auto` (Chromium drops it for US Letter)', () => {
    expect(pageRule(A4)).toBe('@page { size: A4; margin: 14mm 12mm; }');
    const roll = pageRule(rollPaper(120));
    expect(roll).toMatch(/size: 80mm \d+mm;/);
    expect(roll).not.toContain('auto');
    expect(printPage({ lang: 'zh-CN', title: 'x', body: html`x`, paper: rollPaper(120) })).toContain('size: 80mm 130mm');
    expect(printPage({ lang: 'zh-CN', title: 'x', body: html`x` })).toContain('size: A4');
  });

  it('prints a label on its own small page, both lengths given', () => {
    expect(pageRule(labelPaper(70, 40))).toBe('@page { size: 70mm 40mm; margin: 2mm; }');
  });

  it('makes a roll slip as long as its content and margins, in whole millimetres, within the roll’s limits', () => {
    const m = ROLL.margin.topMm + ROLL.margin.bottomMm;
    expect(rollPaper(150.2)).toEqual({ kind: 'roll', heightMm: Math.ceil(150.2 + m) });
    expect(rollPaper(10)).toEqual({ kind: 'roll', heightMm: ROLL.minHeightMm });
    expect(rollPaper(5000)).toEqual({ kind: 'roll', heightMm: ROLL.maxHeightMm });
  });

  it('counts Chinese characters and full-width punctuation as one em, Latin as less', () => {
    expect(textEms('室内保洁')).toBe(4);
    expect(textEms('（大写）：')).toBe(5);
    expect(textEms('abc')).toBeCloseTo(1.8);
    expect(linesOf('室内保洁', 4)).toBe(1);
    expect(linesOf('室内保洁室内保洁室', 4)).toBe(3);
    expect(linesOf('', 10)).toBe(1);
    // Latin breaks at spaces: counted a little wider, so a line that just fits is taken as two
    expect(linesOf('x'.repeat(10), 6)).toBe(2);
  });

  it('writes a label and its value with the language’s separator, as the web app does', () => {
    expect(labelled('zh-CN')('编号', 'JZ-1').value).toBe('编号：JZ-1');
    expect(labelled('en')('Number', 'JZ-1').value).toBe('Number: JZ-1');
    expect(labelled('en')('Payer', '<b>').value).toBe('Payer: &lt;b&gt;');
  });
});
