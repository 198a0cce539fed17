import { describe, expect, it } from 'vitest';
import { criteriaProblem, gradeOf, weightedTotal, yearPeriod } from './assessment.rules.js';

const demo = [
  { name: '工作职责', weight: 40 },
  { name: '学习培训', weight: 15 },
  { name: '值班备勤', weight: 20 },
  { name: '群众满意', weight: 25 },
];

describe('criteria weights (A1.6)', () => {
  it('accepts weights adding up to 100', () => {
    expect(criteriaProblem(demo)).toBeNull();
  });
  it('refuses weights adding up to anything else, naming the sum', () => {
    const p = criteriaProblem([...demo.slice(0, 3), { name: '群众满意', weight: 20 }]);
    expect(p).toMatchObject({ code: 'assessment.weights_not_100', field: 'items' });
    expect(p?.message).toContain('95');
    expect(criteriaProblem([...demo, { name: '其他', weight: 1 }])?.code).toBe('assessment.weights_not_100');
  });
  it('refuses no criteria and a criterion named twice', () => {
    expect(criteriaProblem([])?.code).toBe('assessment.criteria_empty');
    expect(
      criteriaProblem([
        { name: '工作职责', weight: 50 },
        { name: ' 工作职责 ', weight: 50 },
      ]),
    ).toMatchObject({
      code: 'assessment.criterion_repeated',
      field: 'items.1.name',
    });
  });
});

describe('the weighted total', () => {
  it('is Σ score × weight ÷ 100 in tenths, rounded half up', () => {
    const scored = [90, 80, 100, 85].map((score, i) => ({ weight: demo[i]!.weight, score }));
    // 36 + 12 + 20 + 21.25 = 89.25 → 89.3
    expect(weightedTotal(scored)).toBe(893);
    expect(weightedTotal(demo.map((d) => ({ weight: d.weight, score: 100 })))).toBe(1000);
    expect(weightedTotal(demo.map((d) => ({ weight: d.weight, score: 0 })))).toBe(0);
    // 0.05 rounds up: 1 × 5 ÷ 100
    expect(weightedTotal([{ weight: 5, score: 1 }])).toBe(1);
    expect(weightedTotal([{ weight: 4, score: 1 }])).toBe(0);
  });
});

describe('grade bounds', () => {
  it('gives 优秀 from 90, 称职 from 75, 基本称职 from 60, else 不称职', () => {
    expect(gradeOf(1000)).toBe('excellent');
    expect(gradeOf(900)).toBe('excellent');
    expect(gradeOf(899)).toBe('competent');
    expect(gradeOf(750)).toBe('competent');
    expect(gradeOf(749)).toBe('basically_competent');
    expect(gradeOf(600)).toBe('basically_competent');
    expect(gradeOf(599)).toBe('incompetent');
    expect(gradeOf(0)).toBe('incompetent');
  });
  it('covers the whole calendar year', () => {
    expect(yearPeriod(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});
