import { systemActor, type UseCase } from '../../src/platform/context.js';
import { DEMO_PASSWORD } from './demo-password.js';
import type { Agent, TestEnv } from './harness.js';
import { itemId, SIGNATURE_PNG } from './orders.js';

/** Twice a week, Tuesday and Friday mornings, three hours of indoor cleaning at office A's posted price. */
export async function draftTwiceWeekly(t: TestEnv, agent: Agent, extra: Record<string, unknown> = {}, item: Record<string, unknown> = {}) {
  return agent.post('/api/agreements', {
    officeId: await t.org('office-a'),
    ownerName: '李先生',
    ownerPhone: '13912345678',
    address: '翠竹园3栋1201',
    staffCount: 1,
    items: [{ itemId: await itemId(agent, 'indoor-cleaning'), quantity: 3, ...item }],
    schedule: { weekdays: [2, 5], monthDays: [], windowStart: '09:00', windowEnd: '11:00' },
    startDate: '2026-12-01',
    endDate: '2027-05-31',
    paymentTerms: 'per_visit',
    notes: '重点清洁厨房和卫生间',
    ...extra,
  });
}

export const signBody = (version: number) => ({
  version,
  ownerSignerName: '李先生',
  ownerSignature: SIGNATURE_PNG,
  officeSignature: SIGNATURE_PNG,
});

/** Drafts, signs and activates an agreement; returns it active with its visits planned. */
export async function activeAgreement(t: TestEnv, agent: Agent, extra: Record<string, unknown> = {}) {
  let a = (await draftTwiceWeekly(t, agent, extra)).body;
  a = (await agent.post(`/api/agreements/${a.id}/sign`, signBody(a.version))).body;
  const res = await agent.post(`/api/agreements/${a.id}/activate`, { version: a.version });
  if (res.status !== 200) throw new Error(`activate failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The system acting for the demo tenant, as a job does. */
export async function systemContext(t: TestEnv): Promise<UseCase> {
  const tenant = await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
  return { ...t.runtime.deps, actor: systemActor(tenant.id), requestId: null };
}

/** A new session (not the harness's cached one), for after the clock has moved past a session's life. */
export async function freshLogin(t: TestEnv, username: string): Promise<Agent> {
  const agent = t.anonymous();
  const res = await agent.post('/api/auth/login', { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username} failed`);
  return agent;
}
