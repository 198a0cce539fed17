import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';
import { type Matrix, type Row, setUpMatrix } from '../support/matrix.js';
import { agreementsRows } from './matrix/agreements.rows.js';
import { assessmentRows } from './matrix/assessment.rows.js';
import { calendarRows } from './matrix/calendar.rows.js';
import { callbacksRows } from './matrix/callbacks.rows.js';
import { catalogRows } from './matrix/catalog.rows.js';
import { cleaningInspectionsRows } from './matrix/cleaning-inspections.rows.js';
import { cleaningPlansRows } from './matrix/cleaning-plans.rows.js';
import { cleaningScoresRows } from './matrix/cleaning-scores.rows.js';
import { cleaningStandardsRows } from './matrix/cleaning-standards.rows.js';
import { complianceRows } from './matrix/compliance.rows.js';
import { dutyRows } from './matrix/duty.rows.js';
import { estatesRows } from './matrix/estates.rows.js';
import { feedbackRows } from './matrix/feedback.rows.js';
import { feesArrearsRows } from './matrix/fees-arrears.rows.js';
import { feesBankRows } from './matrix/fees-bank.rows.js';
import { feesBillsRows } from './matrix/fees-bills.rows.js';
import { feesDeskRows } from './matrix/fees-desk.rows.js';
import { feesStandardsRows } from './matrix/fees-standards.rows.js';
import { gpsRows } from './matrix/gps.rows.js';
import { gpsInstallRows } from './matrix/gps-install.rows.js';
import { infusionConsentRows } from './matrix/infusion-consent.rows.js';
import { infusionOrdersRows } from './matrix/infusion-orders.rows.js';
import { infusionPatientsRows } from './matrix/infusion-patients.rows.js';
import { jobsRows } from './matrix/jobs.rows.js';
import { ledgersRows } from './matrix/ledgers.rows.js';
import { meetingsRows } from './matrix/meetings.rows.js';
import { moneyRows } from './matrix/money.rows.js';
import { ordersRows } from './matrix/orders.rows.js';
import { parkingRows } from './matrix/parking.rows.js';
import { parkingCollectRows } from './matrix/parking-collect.rows.js';
import { parkingGateRows } from './matrix/parking-gate.rows.js';
import { parkingPassRows } from './matrix/parking-passes.rows.js';
import { parkingStandardsRows } from './matrix/parking-standards.rows.js';
import { platformRows } from './matrix/platform.rows.js';
import { reportingRows } from './matrix/reporting.rows.js';
import { socialworkActivitiesRows } from './matrix/socialwork-activities.rows.js';
import { socialworkControlRows } from './matrix/socialwork-control.rows.js';
import { socialworkExecutionRows } from './matrix/socialwork-execution.rows.js';
import { socialworkPlansRows } from './matrix/socialwork-plans.rows.js';
import { trainingRows } from './matrix/training.rows.js';

/**
 * Walks every API route as anonymous, with callers inside and outside the record's node, with and
 * without the permission. A route added without a row in test/integration/matrix/ fails the first test.
 */
let t: TestEnv;
let m: Matrix;
const rows: Row[] = [];
beforeAll(async () => {
  t = await startTestEnv();
  m = await setUpMatrix(t);
  rows.push(
    ...platformRows(m),
    ...catalogRows(m),
    ...feesStandardsRows(m),
    ...feesBillsRows(m),
    ...feesDeskRows(m),
    ...feesBankRows(m),
    ...feesArrearsRows(m),
    ...ordersRows(m),
    ...moneyRows(m),
    ...agreementsRows(m),
    ...complianceRows(m),
    ...callbacksRows(m),
    ...jobsRows(m),
    ...estatesRows(m),
    ...parkingRows(m),
    ...parkingCollectRows(m),
    ...parkingPassRows(m),
    ...parkingStandardsRows(m),
    ...parkingGateRows(m),
    ...calendarRows(m),
    ...gpsInstallRows(m),
    ...gpsRows(m),
    ...feedbackRows(m),
    ...cleaningStandardsRows(m),
    ...cleaningPlansRows(m),
    ...cleaningInspectionsRows(m),
    ...cleaningScoresRows(m),
    ...infusionPatientsRows(m),
    ...infusionOrdersRows(m),
    ...infusionConsentRows(m),
    ...socialworkActivitiesRows(m),
    ...socialworkControlRows(m),
    ...meetingsRows(m),
    ...socialworkPlansRows(m),
    ...socialworkExecutionRows(m),
    ...ledgersRows(m),
    ...dutyRows(m),
    ...reportingRows(m),
    ...trainingRows(m),
    ...assessmentRows(m),
  );
});
afterAll(() => t.close());

const PUBLIC = [
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/public/feedback-form/:tenantId/:officeId',
  'POST /api/public/feedback/:tenantId/:officeId',
];

describe('authorisation matrix', () => {
  it('has a row for every API route, and only the public ones need no sign-in', () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    const listed = new Set([...rows.map((r) => r.route), ...PUBLIC]);
    expect(routes.map((r) => `${r.method} ${r.url}`).filter((r) => !listed.has(r))).toEqual([]);
    expect(
      routes
        .filter((r) => r.public)
        .map((r) => `${r.method} ${r.url}`)
        .sort(),
    ).toEqual([...PUBLIC].sort());
  });

  it('gives every route the answers its row expects', async () => {
    // a caller holding none of the permissions a route declares is refused at its gate (role-gate.test.ts), before the
    // record a row's case names is looked at: the rows hold the route's own answers to callers the gate lets through
    const held = new Map<string, Set<string>>();
    for (const [who, agent] of Object.entries(m.agents)) held.set(who, new Set((await agent.get('/api/auth/me')).body.permissions));
    const declared = new Map(t.app.routeTable.map((r) => [`${r.method} ${r.url}`, r.permissions]));
    const gated = (route: string, who: string) => {
      const needs = declared.get(route);
      return who !== 'admin' && Array.isArray(needs) && !needs.some((p) => held.get(who)?.has(p));
    };
    for (const row of rows) {
      const method = row.route.split(' ')[0] as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
      const { url, body, cases: written } = await row.prepare();
      const cases = written.map((c) => (gated(row.route, c.as) ? { ...c, status: 403, code: 'auth.permission_required' } : c));
      const anonymous = await t.anonymous().request(method, url, body);
      expect(anonymous.status, `${row.route} anonymous`).toBe(401);
      // refusals first: they must leave the record as it was for the allowed call that follows
      const ordered = [...cases].sort((a, b) => Number(a.status < 300) - Number(b.status < 300));
      for (const c of ordered) {
        const res = await m.agents[c.as].request(method, c.url ?? url, c.body ?? body);
        expect(res.status, `${row.route} as ${c.as} ${c.url ?? url}: ${JSON.stringify(res.body ?? null).slice(0, 200)}`).toBe(c.status);
        if (c.status >= 400) expect(res.body.code).toBeTypeOf('string');
        if ('code' in c) expect(res.body.code, `${row.route} as ${c.as}`).toBe(c.code);
      }
    }
    // every route of every module in one test: it grows with the modules (16 s on PostgreSQL at 40 modules' worth)
  }, 600_000);

  it('lists never leak nodes or people of another office', async () => {
    const headB = m.agents.headB;
    const orgs = (await headB.get('/api/orgs?pageSize=100')).body.items.map((o: { id: string }) => o.id);
    expect(orgs).not.toContain(m.ids['office-a']);
    const users = (await headB.get('/api/users?pageSize=100')).body.items.map((u: { id: string }) => u.id);
    expect(users).not.toContain(m.ids.chenjing);
    expect(users).toContain(m.ids.huangli);
  });
});
