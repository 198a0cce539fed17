/**
 * What `npm audit --omit=dev --json` found that is not in the allow-list (`.ci/audit-allow.json`): the advisories of
 * moderate severity or worse on the packages the app ships, each named by its advisory address.
 */

export interface Allowance {
  /** The advisory's address (https://github.com/advisories/GHSA-…). */
  advisory: string;
  /** Why it does not reach Guanjia (the affected function is not used, the input never comes from a user…). */
  reason: string;
  /** The date (YYYY-MM-DD) after which it must be looked at again: an expired allowance no longer allows. */
  until: string;
}

export interface Finding {
  package: string;
  severity: string;
  title: string;
  advisory: string;
}

interface AdvisoryVia {
  title?: string;
  url?: string;
  severity?: string;
}
interface Vulnerability {
  name: string;
  severity: string;
  via: (string | AdvisoryVia)[];
}
export interface AuditReport {
  vulnerabilities?: Record<string, Vulnerability>;
  error?: { code?: string; summary?: string };
  message?: string;
}

const RANK: Record<string, number> = { info: 0, low: 1, moderate: 2, high: 3, critical: 4 };

/** The report could not be made (the registry has no advisory service, the network is down): its reason, else null. */
export function unavailable(report: AuditReport): string | null {
  if (report.vulnerabilities) return null;
  return report.error?.summary || report.message || 'npm audit gave no report';
}

/** Advisories of moderate severity or worse, not allowed (or allowed only until a day before `today`). */
export function unallowedFindings(report: AuditReport, allow: readonly Allowance[], today: string): Finding[] {
  const allowed = new Set(allow.filter((a) => a.until >= today).map((a) => a.advisory));
  const findings = new Map<string, Finding>();
  for (const v of Object.values(report.vulnerabilities ?? {})) {
    for (const via of v.via) {
      // a string names another vulnerable package this one depends on: that package has its own entry
      if (typeof via === 'string' || !via.url) continue;
      const severity = via.severity ?? v.severity;
      if ((RANK[severity] ?? 4) < RANK.moderate! || allowed.has(via.url)) continue;
      findings.set(`${v.name} ${via.url}`, { package: v.name, severity, title: via.title ?? '', advisory: via.url });
    }
  }
  return [...findings.values()].sort((a, b) => a.package.localeCompare(b.package) || a.advisory.localeCompare(b.advisory));
}
