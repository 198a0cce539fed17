import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessMinutesBetween } from '../../src/modules/calendar/calendar.rules.js';
import { loadCalendar } from '../../src/modules/calendar/calendar.service.js';
import { systemActor } from '../../src/platform/context.js';
import { businessDate } from '../../src/platform/time.js';
import { actAs } from '../../src/seed/act-as.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
let admin: Agent; // the system administrator (HQ)
let gm: Agent; // 张建国, general manager
let head: Agent; // 王芳, office head of 翠竹园
let cleaner: Agent; // 孙晓燕, cleaner at 翠竹园

type Day = { day: string; kind: string; name: string };

/** The year after today's in the organisation's zone. */
const nextYear = () => Number(businessDate(t.clock.now(), 'Asia/Shanghai').slice(0, 4)) + 1;

beforeAll(async () => {
  t = await startTestEnv();
  admin = await t.login('admin');
  gm = await t.login('zhangjg');
  head = await t.login('wangfang');
  cleaner = await t.login('sunxy');
});
afterAll(() => t.close());

describe('reading the calendar', () => {
  it('shows everyone signed in the State Council’s 2026 arrangement and the working hours, and who may change it', async () => {
    const res = await cleaner.get('/api/calendar?year=2026');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ year: 2026, startMinutes: 540, endMinutes: 1080, abilities: { manage: false } });
    const days = res.body.days as Day[];
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.day)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(days.find((d) => d.day === '2026-10-01')).toEqual({ day: '2026-10-01', kind: 'holiday', name: '国庆节' });
    // next year is not invented: the page warns it is still to be entered
    expect(res.body.nextYear).toEqual({ year: nextYear(), dayCount: 0 });
    expect((await gm.get('/api/calendar?year=2026')).body.abilities.manage).toBe(true);
    expect((await head.get('/api/calendar?year=2026')).body.abilities.manage).toBe(false);
  });

  it('reads the working hours set at the root', async () => {
    const hq = await t.org('hq');
    expect((await admin.put(`/api/orgs/${hq}/params/workdayStartMinutes`, { value: 510 })).status).toBe(200);
    try {
      expect((await head.get('/api/calendar?year=2026')).body.startMinutes).toBe(510);
    } finally {
      await admin.put(`/api/orgs/${hq}/params/workdayStartMinutes`, { value: null });
    }
  });

  it('refuses a year that is not one', async () => {
    const res = await cleaner.get('/api/calendar?year=abc');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('year');
  });

  it('gives other modules the calendar the rule counts with', async () => {
    const ctx = { ...t.runtime.deps, actor: await actorOf('sunxy'), requestId: null };
    const calendar = await loadCalendar(ctx, '2026-09-30', '2026-10-08');
    expect(calendar).toMatchObject({ startMinutes: 540, endMinutes: 1080 });
    expect(calendar.days['2026-10-03']).toBe('holiday');
    expect(calendar.days['2026-09-20']).toBeUndefined();
    // 17:00 on the eve of National Day to 10:00 the day after the week off: two working hours
    expect(businessMinutesBetween(calendar, 'Asia/Shanghai', '2026-09-30T09:00:00Z', '2026-10-08T02:00:00Z')).toBe(120);
  });
});

/** A use case acting as a demo user, as another module's service would be called. */
async function actorOf(username: string) {
  const { tenant_id } = await t.runtime.deps.db
    .selectFrom('users')
    .select('tenant_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return (await actAs({ ...t.runtime.deps, actor: systemActor(tenant_id), requestId: null }, username)).actor;
}

describe('keeping the days', () => {
  it('lets the general manager add, change and remove a day, each in the day’s history', async () => {
    const put = await gm.put('/api/calendar/days/2026-12-26', { kind: 'workday', name: '公司调休' });
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ day: '2026-12-26', kind: 'workday', name: '公司调休' });
    expect((await gm.put('/api/calendar/days/2026-12-26', { kind: 'holiday', name: '  公司假日 ' })).body.name).toBe('公司假日');
    const days = (await cleaner.get('/api/calendar?year=2026')).body.days as Day[];
    expect(days.at(-1)).toEqual({ day: '2026-12-26', kind: 'holiday', name: '公司假日' });
    expect((await gm.request('DELETE', '/api/calendar/days/2026-12-26')).status).toBe(204);
    expect(((await cleaner.get('/api/calendar?year=2026')).body.days as Day[]).some((d) => d.day === '2026-12-26')).toBe(false);
    const again = await gm.request('DELETE', '/api/calendar/days/2026-12-26');
    expect([again.status, again.body.code]).toEqual([404, 'calendar_day.not_found']);

    // the calendar's one history, each change naming its day
    const { id } = (await cleaner.get('/api/calendar?year=2026')).body;
    const history = (await cleaner.get(`/api/history/calendar/${id}`)).body as { action: string; before: Day | null; after: Day | null }[];
    const ofDay = history.filter((e) => (e.after ?? e.before)?.day === '2026-12-26');
    expect(ofDay.map((e) => e.action)).toEqual(['calendar.day_set', 'calendar.day_set', 'calendar.day_remove']);
    expect(ofDay[1]).toMatchObject({ before: { kind: 'workday', name: '公司调休' }, after: { kind: 'holiday', name: '公司假日' } });
  });

  it('refuses a cleaner and an office head (403), and leaves the day as it was', async () => {
    for (const who of [cleaner, head]) {
      const put = await who.put('/api/calendar/days/2026-12-26', { kind: 'holiday', name: '假日' });
      expect([put.status, put.body.code]).toEqual([403, 'auth.permission_required']);
      const del = await who.request('DELETE', '/api/calendar/days/2026-10-01');
      expect([del.status, del.body.code]).toEqual([403, 'auth.permission_required']);
      const imp = await who.post('/api/calendar/years/2027/import', { days: [] });
      expect(imp.status).toBe(403);
    }
    expect(((await cleaner.get('/api/calendar?year=2026')).body.days as Day[]).find((d) => d.day === '2026-10-01')?.name).toBe('国庆节');
  });

  it('refuses a date that is not one, an empty name, and a make-up working day on a weekday, each on its field', async () => {
    const cases: [string, Record<string, string>, number, string, string][] = [
      ['2026-02-30', { kind: 'holiday', name: '春节' }, 400, 'calendar.day_invalid', 'day'],
      ['tomorrow', { kind: 'holiday', name: '春节' }, 400, 'calendar.day_invalid', 'day'],
      ['2026-12-25', { kind: 'holiday', name: ' ' }, 422, 'calendar.name_required', 'name'],
      ['2026-12-25', { kind: 'workday', name: '调休' }, 422, 'calendar.workday_not_weekend', 'kind'],
    ];
    for (const [day, body, status, code, field] of cases) {
      const res = await admin.put(`/api/calendar/days/${day}`, body);
      expect([res.status, res.body.code, res.body.errors?.[0]?.field], day).toEqual([status, code, field]);
    }
    const kind = await admin.put('/api/calendar/days/2026-12-25', { kind: 'bridge', name: '圣诞' });
    expect([kind.status, kind.body.errors[0].field]).toEqual([400, 'kind']);
  });
});

describe('importing a year', () => {
  const notice2027: Day[] = [
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
    { day: '2027-01-02', kind: 'holiday', name: '元旦' },
    { day: '2027-01-03', kind: 'holiday', name: '元旦' },
  ];

  it('replaces the year’s days all at once', async () => {
    await admin.put('/api/calendar/days/2027-05-01', { kind: 'holiday', name: '旧的' });
    const res = await admin.post('/api/calendar/years/2027/import', { days: notice2027 });
    expect(res.status).toBe(200);
    expect(res.body.days).toEqual(notice2027);
    const next = nextYear();
    if (next === 2027) expect(res.body.nextYear).toEqual({ year: 2027, dayCount: 3 });
    // the other years are untouched
    expect(((await cleaner.get('/api/calendar?year=2026')).body.days as Day[]).length).toBe(39);
    const history = (await admin.get(`/api/history/calendar/${res.body.id}`)).body as { action: string; after: { year?: number } }[];
    expect(history.filter((e) => e.action === 'calendar.year_import').map((e) => e.after.year)).toEqual([2026, 2027]);
    // another organisation's calendar, or a record that is none, has no history here
    expect((await admin.get(`/api/history/calendar/${await t.org('office-a')}`)).status).toBe(404);
  });

  it('writes nothing when one line is wrong, and names every wrong line', async () => {
    const res = await admin.post('/api/calendar/years/2027/import', {
      days: [
        { day: '2027-10-01', kind: 'holiday', name: '国庆节' },
        { day: '2027-10-08', kind: 'workday', name: '国庆节' },
        { day: '2026-10-09', kind: 'holiday', name: '国庆节' },
        { day: '2027-10-01', kind: 'holiday', name: '国庆节' },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('calendar.import_invalid');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ field: 'days.1.kind', code: 'calendar.workday_not_weekend' }),
      expect.objectContaining({ field: 'days.2.day', code: 'calendar.day_outside_year' }),
      expect.objectContaining({ field: 'days.3.day', code: 'calendar.day_duplicate' }),
    ]);
    expect((await cleaner.get('/api/calendar?year=2027')).body.days).toEqual(notice2027);
  });

  it('refuses a year outside the calendar’s range', async () => {
    expect((await admin.post('/api/calendar/years/1999/import', { days: [] })).status).toBe(400);
  });
});

describe('export', () => {
  it('writes the year as Excel in the page’s words', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/calendar/export.xlsx?year=2026',
      headers: { cookie: `gj_session=${cleaner.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe('2026年工作日历');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['日期', '星期', '类型', '名称']);
    const rows = sheet.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join('|') : ''));
    expect(rows).toContain('2026-10-10|星期六|调休上班|国庆节');
    expect(rows).toContain('2026-10-01|星期四|节假日|国庆节');
  });
});
