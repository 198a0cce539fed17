import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paramAt } from '../../src/modules/params/params.service.js';
import { systemContext } from '../support/agreements.js';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

type Param = {
  key: string;
  value: number;
  default: number;
  sourceOrgId: string | null;
  sourceOrgName: string | null;
  ownValue: number | null;
};
const param = (list: Param[], key: string) => list.find((p) => p.key === key)!;

describe('regulation parameters', () => {
  it('start at the values the regulations write', async () => {
    const admin = await t.login('admin');
    const list = (await admin.get(`/api/orgs/${await t.org('office-a')}/params`)).body as Param[];
    expect(Object.fromEntries(list.map((p) => [p.key, p.value]))).toEqual({
      meetingIntervalDays: 15,
      briefDeadlineDays: 2,
      invoiceDeliveryHours: 24,
      callbackSampleSize: 5,
      callbackDueDay: 10,
      callbackSampleHousekeeping: 1,
      callbackSamplePaidService: 0,
      callbackSampleRepair: 0,
      callbackSampleGpsInstall: 0,
      callbackSampleGpsRepair: 0,
      callbackSampleInfusionVisit: 0,
      reworkStartHours: 24,
      receiptReturnDays: 3,
      parkingGateCheckDays: 7,
      billingDay: 5,
      bankReturnDays: 10,
      feedbackReplyHours: 24,
      feedbackOutcomeDays: 7,
      feedbackPublicPerHour: 5,
      rectifySelfHours: 4,
      rectifySupervisorHours: 24,
      rectifyManagerHours: 24,
      infusionElderlyAge: 60,
      overrideReviewDays: 7,
      opinionAnswerDays: 7,
      incidentReportMinutes: 60,
      stationReportDueDay: 5,
      rosterHorizonDays: 14,
      cashRelayViaSupervisor: 1,
      cashHoldMaxHours: 24,
      paymentDueHours: 24,
      remittancePeriodDays: 7,
      workdayStartMinutes: 540,
      workdayEndMinutes: 1080,
    });
  });

  it('are inherited down the tree, showing where the value comes from, and can be tightened below', async () => {
    const admin = await t.login('admin');
    await admin.put(`/api/orgs/${await t.org('pm')}/params/callbackSampleSize`, { value: 8 });
    const atOffice = (await admin.get(`/api/orgs/${await t.org('office-a-cs')}/params`)).body as Param[];
    expect(param(atOffice, 'callbackSampleSize')).toMatchObject({ value: 8, sourceOrgName: '安居物业管理有限公司', ownValue: null });

    const head = await t.login('wangfang');
    const tightened = await head.put(`/api/orgs/${await t.org('office-a')}/params/callbackSampleSize`, { value: 10 });
    expect(param(tightened.body, 'callbackSampleSize')).toMatchObject({ value: 10, ownValue: 10, sourceOrgName: '翠竹园管理处' });
    const officeB = (await admin.get(`/api/orgs/${await t.org('office-b')}/params`)).body as Param[];
    expect(param(officeB, 'callbackSampleSize').value).toBe(8);

    // what rules read at a node below both: the nearest value on its path
    const ctx = await systemContext(t);
    const department = (
      await t.runtime.deps.db
        .selectFrom('org_nodes')
        .select('path')
        .where('id', '=', await t.org('office-a-cs'))
        .executeTakeFirstOrThrow()
    ).path;
    expect(await paramAt(ctx, department, 'callbackSampleSize')).toBe(10);

    const reset = await head.put(`/api/orgs/${await t.org('office-a')}/params/callbackSampleSize`, { value: null });
    expect(param(reset.body, 'callbackSampleSize')).toMatchObject({ value: 8, ownValue: null });
    expect(await paramAt(ctx, department, 'callbackSampleSize')).toBe(8);
    const history = (await admin.get(`/api/history/org/${await t.org('office-a')}`)).body as { action: string; actorName: string }[];
    expect(history.filter((e) => e.action.startsWith('params.')).map((e) => [e.action, e.actorName])).toEqual([
      ['params.set', '王芳'],
      ['params.reset', '王芳'],
    ]);
  });

  it('refuse values outside a parameter’s bounds, on the value field', async () => {
    const admin = await t.login('admin');
    const zero = await admin.put(`/api/orgs/${await t.org('office-a')}/params/briefDeadlineDays`, { value: 0 });
    expect(zero.status).toBe(422);
    expect(zero.body.errors[0]).toMatchObject({ field: 'value', code: 'params.out_of_range' });
    const fraction = await admin.put(`/api/orgs/${await t.org('office-a')}/params/briefDeadlineDays`, { value: 1.5 });
    expect(fraction.status).toBe(400);
    expect(fraction.body.errors[0].field).toBe('value');
    expect((await admin.put(`/api/orgs/${await t.org('office-a')}/params/noSuchParam`, { value: 3 })).status).toBe(400);
  });

  it('may be changed only by those allowed at that node', async () => {
    const otherHead = await t.login('zhaolei');
    expect((await otherHead.put(`/api/orgs/${await t.org('office-a')}/params/receiptReturnDays`, { value: 2 })).status).toBe(404);
    const cleaner = await t.login('sunxy');
    expect((await cleaner.put(`/api/orgs/${await t.org('office-a-env')}/params/receiptReturnDays`, { value: 2 })).status).toBe(403);
    expect((await cleaner.get(`/api/orgs/${await t.org('office-a-env')}/params`)).status).toBe(200);
  });
});

describe('a yes/no parameter (A7.4.7 cashRelayViaSupervisor)', () => {
  it('take a yes/no as 1 or 0 and nothing else', async () => {
    const head = await t.login('wangfang');
    const url = `/api/orgs/${await t.org('office-a')}/params/cashRelayViaSupervisor`;
    const two = await head.put(url, { value: 2 });
    expect(two.status).toBe(422);
    expect(two.body.code).toBe('params.out_of_range');
    expect(param((await head.put(url, { value: 0 })).body, 'cashRelayViaSupervisor')).toMatchObject({ value: 0, unit: 'flag' });
    expect(param((await head.put(url, { value: null })).body, 'cashRelayViaSupervisor')).toMatchObject({ value: 1 });
  });
});
