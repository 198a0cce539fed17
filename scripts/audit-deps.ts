// CI's dependency audit (issue 22 item 5): `npm audit --omit=dev`, failing on an advisory of moderate severity or worse
// that `.ci/audit-allow.json` does not allow (each allowance says why and until when). When the registry offers no
// advisory service (a mirror answering 405, no network), it says so and does not fail: nothing could be checked.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Allowance, type AuditReport, unallowedFindings, unavailable } from './audit-deps.rules.js';

const root = path.resolve(import.meta.dirname, '..');
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout || '{}') as AuditReport;
} catch {
  report = { message: (run.stderr || run.stdout).trim().split('\n').slice(-1)[0] ?? 'unreadable output' };
}
const reason = unavailable(report);
if (reason) {
  console.log(`dependency audit not possible here: ${reason}. Nothing was checked.`);
  process.exit(0);
}
const allow = JSON.parse(fs.readFileSync(path.join(root, '.ci/audit-allow.json'), 'utf8')) as Allowance[];
const today = new Date().toISOString().slice(0, 10);
const findings = unallowedFindings(report, allow, today);
const total = Object.keys(report.vulnerabilities ?? {}).length;
if (findings.length === 0) {
  console.log(`dependency audit: nothing of moderate severity or worse outside the allow-list (${total} package(s) reported).`);
  process.exit(0);
}
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.package}: ${f.title} ${f.advisory}`);
console.log(`\n${findings.length} advisory(ies) not allowed: upgrade, or allow in .ci/audit-allow.json with a reason and a date.`);
process.exit(1);
