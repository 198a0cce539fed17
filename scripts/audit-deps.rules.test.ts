import { describe, expect, it } from 'vitest';
import { type AuditReport, unallowedFindings, unavailable } from './audit-deps.rules.js';

// the shape npm 10 writes with --json (abridged): a package's own advisories, and the packages it is vulnerable through
const report: AuditReport = {
  vulnerabilities: {
    'fast-xml': {
      name: 'fast-xml',
      severity: 'high',
      via: [
        { title: 'Prototype pollution', url: 'https://github.com/advisories/GHSA-aaaa', severity: 'high' },
        { title: 'ReDoS in a rarely used option', url: 'https://github.com/advisories/GHSA-bbbb', severity: 'low' },
      ],
    },
    exceljs: { name: 'exceljs', severity: 'high', via: ['fast-xml'] },
    'tiny-url': {
      name: 'tiny-url',
      severity: 'moderate',
      via: [{ title: 'Open redirect', url: 'https://github.com/advisories/GHSA-cccc', severity: 'moderate' }],
    },
  },
};

describe('the dependency audit', () => {
  it('fails on each advisory of moderate severity or worse, once, by the package that has it', () => {
    expect(unallowedFindings(report, [], '2026-12-05')).toEqual([
      { package: 'fast-xml', severity: 'high', title: 'Prototype pollution', advisory: 'https://github.com/advisories/GHSA-aaaa' },
      { package: 'tiny-url', severity: 'moderate', title: 'Open redirect', advisory: 'https://github.com/advisories/GHSA-cccc' },
    ]);
  });

  it('lets an allowed advisory pass until its date, and no longer', () => {
    const allow = [
      { advisory: 'https://github.com/advisories/GHSA-cccc', reason: 'redirects are never built from input', until: '2026-12-31' },
    ];
    expect(unallowedFindings(report, allow, '2026-12-31').map((f) => f.package)).toEqual(['fast-xml']);
    expect(unallowedFindings(report, allow, '2027-01-01').map((f) => f.package)).toEqual(['fast-xml', 'tiny-url']);
  });

  it('tells a report that could not be made from a clean one', () => {
    expect(unavailable({ message: '405 Method Not Allowed' })).toBe('405 Method Not Allowed');
    expect(unavailable({ error: { code: 'ENOAUDIT', summary: 'audit endpoint returned an error' } })).toBe(
      'audit endpoint returned an error',
    );
    expect(unavailable({ vulnerabilities: {} })).toBeNull();
  });
});
