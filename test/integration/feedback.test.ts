import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeOverdueMonitor, overdueFeedback, replyOverdueMonitor } from '../../src/modules/feedback/feedback.monitors.js';
import { outcomeOverdueSince, replyOverdueSince } from '../../src/modules/feedback/feedback.rules.js';
import { paramRegionsUnder } from '../../src/modules/params/param-regions.service.js';
import { systemActor, type UseCase } from '../../src/platform/context.js';
import { businessDate } from '../../src/platform/time.js';
import { type Agent, startTestEnv, type TestEnv } from '../support/harness.js';

const HOUR = 3_600_000;
let t: TestEnv;
let system: UseCase;
let tenantId: string;
let officeA: string;
let env: string;
let zhoumin: Agent;
let liuyang: Agent;

beforeAll(async () => {
  t = await startTestEnv();
  tenantId = (await t.runtime.deps.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id;
  system = { ...t.runtime.deps, actor: systemActor(tenantId), requestId: null };
  officeA = await t.org('office-a');
  env = await t.org('office-a-env');
  zhoumin = await t.login('zhoumin');
  liuyang = await t.login('liuyang');
}, 120_000);
afterAll(() => t.close());

const complaint = (over: Record<string, unknown> = {}) => ({
  officeId: officeA,
  kind: 'complaint',
  channel: 'hotline',
  customerName: '测试业主',
  customerPhone: '13900001111',
  address: '翠竹园1栋0101',
  content: '电梯经常停在二楼不动。',
  ...over,
});

const pngDataUrl = () => {
  const png = new PNG({ width: 20, height: 20 });
  png.data.fill(200);
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
};

describe('customer feedback (A4.5)', () => {
  it('the demo shows office A’s queue to its customer service, with a suggestion answered by 环境部', async () => {
    const list = await zhoumin.get(`/api/feedback?orgId=${officeA}&pageSize=100`);
    expect(list.status).toBe(200);
    const kinds = list.body.items.map((f: { kind: string; channel: string }) => `${f.kind}/${f.channel}`).sort();
    // and the complaint the callbacks demo opened from a dissatisfied callback (test/integration/feedback-callbacks.test.ts)
    expect(kinds).toEqual([
      'complaint/callback',
      'complaint/hotline',
      'complaint/hotline',
      'inquiry/web',
      'praise/letter',
      'suggestion/visit',
    ]);
    const late = list.body.items.find((f: { customerName: string }) => f.customerName === '郑先生');
    expect(late).toMatchObject({ state: 'received', abilities: { reply: true, markSpam: false } });
    expect(Date.parse(late.replyDueAt)).toBeLessThan(t.clock.now().getTime());
    const quarter = await t.login('wangfang').then((a) => a.get(`/api/feedback/valuable-suggestions?orgId=${officeA}`));
    expect(quarter.status).toBe(200);
    expect(quarter.body.items).toHaveLength(1);
    expect(quarter.body.items[0].forwards).toEqual([
      expect.objectContaining({ nodeName: '翠竹园环境部', answer: '已评估，下周在东门增设两组分类垃圾桶。' }),
    ]);
    // GPS事业部 keeps its own: 钱伟 sees it, 周敏 does not
    const gps = await (await t.login('qianwei')).get('/api/feedback');
    expect(gps.body.items.map((f: { officeName: string }) => f.officeName)).toEqual(['GPS事业部']);
  });

  it('shows the demo’s complaint 30 hours without a reply on the compliance page, and the to-dos of those who act', async () => {
    const head = await t.login('wangfang');
    const res = await head.get(`/api/compliance/monitors/feedback.reply_overdue/breaches?org=${officeA}`);
    expect(res.status).toBe(200);
    expect(res.body.monitor.clauseId).toBe('A4.5');
    expect(res.body.items.map((b: { entity: { label: string } }) => b.entity.label)).toEqual([
      expect.stringMatching(/^FK-\d{8}-\d{4} 郑先生$/),
    ]);
    const todos = async (who: string) =>
      Object.fromEntries(
        ((await (await t.login(who)).get('/api/workbench')).body.todos as { key: string; count: number }[]).map((x) => [x.key, x.count]),
      );
    // 郑先生's and 何女士's complaints and the web inquiry wait for a first reply
    expect((await todos('zhoumin'))['feedback.toReply']).toBe(3);
    expect((await todos('liuyang'))['feedback.toReply']).toBeUndefined();
  });

  it('lets GPS事业部 forward a suggestion to the company’s departments it does not see, where someone answers (A4.5)', async () => {
    const qianwei = await t.login('qianwei');
    const gps = await t.org('gps');
    let f = (
      await qianwei.post('/api/feedback', {
        officeId: gps,
        kind: 'suggestion',
        channel: 'hotline',
        customerName: '顺达物流',
        customerPhone: '13900002222',
        content: '希望终端报警短信也能发到车队调度的手机上。',
      })
    ).body;
    f = (await qianwei.post(`/api/feedback/${f.id}/reply`, { version: f.version, how: 'phone', text: '已记录，转相关部门评估。' })).body;
    // the GPS department's own subtree holds no other department, and it sees no other node
    expect((await qianwei.get(`/api/orgs/${env}`)).status).toBe(404);

    const res = await qianwei.get(`/api/feedback/${f.id}/forward-targets`);
    expect(res.status).toBe(200);
    const targets = res.body as { id: string; name: string; unitName: string; answerers: string[] }[];
    const byName = new Map(targets.map((d) => [d.name, d]));
    expect(byName.get('翠竹园环境部')).toMatchObject({ id: env, unitName: '翠竹园管理处', answerers: ['刘洋'] });
    expect(byName.get('物业公司财务部')).toMatchObject({ unitName: '安居物业管理有限公司', answerers: [] });
    expect(byName.has('GPS事业部')).toBe(false);
    // the company's departments only: not the health centre's station, nor HQ
    expect(targets.every((d) => ['翠竹园管理处', '金色家园管理处', '安居物业管理有限公司'].includes(d.unitName))).toBe(true);

    // a department with nobody to answer, or a node outside the company, is refused on its field, and nothing is sent
    const finance = byName.get('物业公司财务部')!.id;
    let refused = await qianwei.post(`/api/feedback/${f.id}/forward`, { version: f.version, nodeIds: [env, finance] });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'nodeIds.1', code: 'feedback.forward_nobody_answers' });
    refused = await qianwei.post(`/api/feedback/${f.id}/forward`, { version: f.version, nodeIds: [await t.org('chc-s1')] });
    expect(refused.body.errors[0]).toMatchObject({ field: 'nodeIds.0', code: 'feedback.forward_node_unknown' });
    expect((await qianwei.get(`/api/feedback/${f.id}`)).body).toMatchObject({ state: 'replied', version: f.version, forwards: [] });

    f = (await qianwei.post(`/api/feedback/${f.id}/forward`, { version: f.version, nodeIds: [env], note: '请评估' })).body;
    expect(f).toMatchObject({ state: 'forwarded', forwards: [expect.objectContaining({ nodeName: '翠竹园环境部' })] });
    // 刘洋 finds it and answers; 钱伟 then resolves it
    const answered = await liuyang.post(`/api/feedback/${f.id}/forwards/${f.forwards[0].id}/answer`, {
      answer: '可在调度台增设短信转发。',
    });
    expect(answered.status).toBe(200);
    f = (await qianwei.get(`/api/feedback/${f.id}`)).body;
    expect((await qianwei.post(`/api/feedback/${f.id}/resolve`, { version: f.version, resolution: '已采纳' })).status).toBe(200);
  });

  it('walks receive → reply → forward to 环境部 → 刘洋 answers → resolve → tell → close → reopen', async () => {
    let f = (await zhoumin.post('/api/feedback', complaint())).body;
    expect(f).toMatchObject({ state: 'received', channel: 'hotline', number: expect.stringMatching(/^FK-\d{8}-\d{4}$/) });
    // 刘洋 may neither read nor handle it before it is forwarded to his department
    expect((await liuyang.get(`/api/feedback/${f.id}`)).status).toBe(403);
    expect((await liuyang.post(`/api/feedback/${f.id}/reply`, { version: f.version, how: 'phone', text: '收到' })).status).toBe(403);

    let res = await zhoumin.post(`/api/feedback/${f.id}/reply`, { version: f.version, how: 'phone', text: '已收到，今天安排检查。' });
    expect(res.status).toBe(200);
    f = res.body;
    expect(f).toMatchObject({ state: 'replied', replyHow: 'phone', firstReplyAt: expect.any(String) });
    const firstReplyAt = f.firstReplyAt;

    f = (await zhoumin.post(`/api/feedback/${f.id}/forward`, { version: f.version, nodeIds: [env], note: '请检查电梯间卫生' })).body;
    expect(f.state).toBe('forwarded');
    expect(f.forwards).toHaveLength(1);
    expect(f.abilities.resolve).toBe(false);

    res = await zhoumin.post(`/api/feedback/${f.id}/resolve`, { version: f.version, resolution: '已处理' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('feedback.forward_unanswered');

    const seen = await liuyang.get(`/api/feedback/${f.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.forwards[0].mayAnswer).toBe(true);
    expect(seen.body.abilities).toMatchObject({ answer: true, reply: false, resolve: false });
    res = await liuyang.post(`/api/feedback/${f.id}/forwards/${f.forwards[0].id}/answer`, { answer: '已清理电梯间并报修。' });
    expect(res.status).toBe(200);
    expect(res.body.forwards[0]).toMatchObject({ answer: '已清理电梯间并报修。', mayAnswer: false });
    res = await liuyang.post(`/api/feedback/${f.id}/forwards/${f.forwards[0].id}/answer`, { answer: '再答一次' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('feedback.forward_answered');

    f = (await zhoumin.get(`/api/feedback/${f.id}`)).body;
    res = await zhoumin.post(`/api/feedback/${f.id}/resolve`, { version: f.version, resolution: '电梯已维修，电梯间已清理。' });
    expect(res.status).toBe(200);
    f = res.body;
    f = (
      await zhoumin.post(`/api/feedback/${f.id}/tell`, {
        version: f.version,
        how: 'phone',
        text: '电梯已修好。',
        satisfaction: 'dissatisfied',
      })
    ).body;
    expect(f).toMatchObject({ state: 'told', outcomeSatisfaction: 'dissatisfied', abilities: { close: true, reopen: true } });
    f = (await zhoumin.post(`/api/feedback/${f.id}/close`, { version: f.version })).body;
    expect(f.state).toBe('closed');
    res = await zhoumin.post(`/api/feedback/${f.id}/reopen`, { version: f.version, reason: '业主说电梯仍然停在二楼' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      state: 'replied',
      reopenCount: 1,
      resolution: null,
      toldAt: null,
      outcomeSatisfaction: null,
      firstReplyAt,
    });
    // a stale version answers 409
    res = await zhoumin.post(`/api/feedback/${f.id}/resolve`, { version: f.version, resolution: 'x' });
    expect(res.status).toBe(409);

    const history = await zhoumin.get(`/api/history/feedback/${f.id}`);
    expect(history.status).toBe(200);
    const actions = history.body.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'feedback.receive',
        'feedback.reply',
        'feedback.forward',
        'feedback.answer',
        'feedback.resolve',
        'feedback.tell',
        'feedback.close',
        'feedback.reopen',
      ]),
    );
  });

  it('answers 404 outside the caller’s nodes and 403 inside without the permission', async () => {
    const f = (await zhoumin.post('/api/feedback', complaint())).body;
    expect((await (await t.login('zhaolei')).get(`/api/feedback/${f.id}`)).status).toBe(404);
    expect((await (await t.login('wuqiang')).get(`/api/feedback/${f.id}`)).status).toBe(403);
    expect((await (await t.login('sunxy')).get('/api/feedback')).status).toBe(403);
    // office B's head cannot take feedback at office A
    const res = await (await t.login('zhaolei')).post('/api/feedback', complaint());
    expect(res.status).toBe(404);
    // only a suggestion is kept as valuable; only a web submission is spam
    let r = await zhoumin.post(`/api/feedback/${f.id}/valuable`, { version: f.version, valuable: true });
    expect(r.body.code).toBe('feedback.not_suggestion');
    r = await zhoumin.post(`/api/feedback/${f.id}/spam`, { version: f.version });
    expect(r.body.code).toBe('feedback.not_public');
  });

  it('shows the month’s report to those who read the office’s feedback, not to a department that only answers', async () => {
    // 刘洋 answers the suggestions forwarded to 环境部: the feedback pages, but not the office's report
    const me = (await liuyang.get('/api/auth/me')).body;
    expect(me.abilities).toMatchObject({ feedback: true, feedbackReport: false });
    expect((await liuyang.get('/api/feedback/report')).status).toBe(403);
    const head = await t.login('wangfang');
    expect((await head.get('/api/auth/me')).body.abilities).toMatchObject({ feedback: true, feedbackReport: true });
    expect((await head.get('/api/feedback/report')).status).toBe(200);
  });

  it('takes the public form without sign-in, with a honeypot, per-address limits and size limits', async () => {
    const anon = t.anonymous();
    const form = await anon.get(`/api/public/feedback-form/${tenantId}/${officeA}`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ officeName: '翠竹园管理处', takesFeedback: true });
    const unknown = '0190f7a0-0000-7000-8000-000000000000';
    expect((await anon.get(`/api/public/feedback-form/${tenantId}/${unknown}`)).status).toBe(404);

    const url = `/api/public/feedback/${tenantId}/${officeA}`;
    const body = { kind: 'complaint', content: '楼道灯坏了', name: '网上业主', phone: '13900002222', unit: '翠竹园6栋' };
    const count = async () =>
      Number(
        (
          await t.runtime.deps.db
            .selectFrom('feedback')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('channel', '=', 'web')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    let res = await anon.post(url, { ...body, photos: [pngDataUrl()] });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ accepted: true });
    expect(await count()).toBe(before + 1);
    const queue = await zhoumin.get(`/api/feedback?orgId=${officeA}&channel=web&state=received`);
    const mine = queue.body.items.find((f: { customerName: string }) => f.customerName === '网上业主');
    expect(mine).toMatchObject({ channel: 'web', state: 'received', receivedBy: null, abilities: { markSpam: true } });
    const detail = (await zhoumin.get(`/api/feedback/${mine.id}`)).body;
    expect(detail.photos).toHaveLength(1);
    expect((await zhoumin.get(detail.photos[0].url)).status).toBe(200);
    const spam = await zhoumin.post(`/api/feedback/${mine.id}/spam`, { version: mine.version });
    expect(spam.body.state).toBe('spam');

    // a bot fills the hidden field: the same answer, nothing kept
    res = await anon.post(url, { ...body, website: 'http://spam.example' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ accepted: true });
    expect(await count()).toBe(before + 1);

    // too large: a photo over 1 MB (422), a body over 4 MB (413); neither counts
    res = await anon.post(url, { ...body, photos: [`data:image/png;base64,${'A'.repeat(1_500_000)}`] });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('image.too_large');
    res = await anon.post(url, { ...body, content: 'x', photos: ['A'.repeat(5_000_000)] });
    expect(res.status).toBe(413);

    // unknown office
    expect((await anon.post(`/api/public/feedback/${tenantId}/${unknown}`, body)).status).toBe(404);

    // three more in the hour make five; the sixth is refused
    for (let i = 0; i < 3; i++) expect((await anon.post(url, body)).status).toBe(201);
    res = await anon.post(url, body);
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('feedback.too_many');
    expect(res.headers['content-type']).toContain('application/problem+json');
    // another address is not held up; an hour on, this one may submit again
    const other = await t.app.inject({
      method: 'POST',
      url,
      payload: body,
      remoteAddress: '10.1.2.3',
      headers: { 'x-guanjia-csrf': '1' },
    });
    expect(other.statusCode).toBe(201);
    t.clock.advance(HOUR + 60_000);
    try {
      expect((await anon.post(url, body)).status).toBe(201);
    } finally {
      t.clock.advance(-(HOUR + 60_000));
    }

    const poster = await anon.get(`/notice/feedback/${tenantId}/${officeA}`);
    expect(poster.status).toBe(200);
    expect(poster.body).toContain('翠竹园管理处');
    expect(poster.body).toContain(`/p/feedback/${tenantId}/${officeA}`);
    expect(poster.body).toContain('<svg');
  });

  it('lets no more than the hour’s limit through when one address submits many at once', async () => {
    const officeB = await t.org('office-b');
    const send = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/public/feedback/${tenantId}/${officeB}`,
        payload: { kind: 'inquiry', content: '同时提交', name: '并发', phone: '13900003333' },
        remoteAddress: '10.9.9.9',
        headers: { 'x-guanjia-csrf': '1' },
      });
    const codes = (await Promise.all(Array.from({ length: 8 }, send))).map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  });

  it('shows a complaint left 25 hours without a reply as a breach, and the monitor SQL agrees with the rules', async () => {
    const f = (await zhoumin.post('/api/feedback', complaint({ customerName: '超时业主' }))).body;
    const office = await t.runtime.deps.db
      .selectFrom('org_nodes')
      .select(['id', 'path'])
      .where('id', '=', officeA)
      .executeTakeFirstOrThrow();
    const scope = { nodeId: office.id, path: office.path };
    const breached = async () => (await replyOverdueMonitor.list(system, scope, { limit: 100, offset: 0 })).map((b) => b.entity.id);
    expect(await breached()).not.toContain(f.id);
    t.clock.advance(25 * HOUR);
    try {
      const ids = await breached();
      expect(ids).toContain(f.id);
      const count = await replyOverdueMonitor.count(system, scope);
      expect(count).toBe(ids.length);
      const breach = (await replyOverdueMonitor.list(system, scope, { limit: 100, offset: 0 })).find((b) => b.entity.id === f.id)!;
      expect(breach.since).toBe(new Date(Date.parse(f.receivedAt) + 24 * HOUR).toISOString());

      // over the whole tenant, each monitor lists exactly what its rule says is late
      const root = await t.runtime.deps.db.selectFrom('org_nodes').select(['id', 'path']).where('depth', '=', 0).executeTakeFirstOrThrow();
      const all = await t.runtime.deps.db.selectFrom('feedback').selectAll().execute();
      const now = t.clock.now();
      for (const [monitor, rule, key, step] of [
        [replyOverdueMonitor, replyOverdueSince, 'feedbackReplyHours', 'reply'],
        [outcomeOverdueMonitor, outcomeOverdueSince, 'feedbackOutcomeDays', 'outcome'],
      ] as const) {
        const [region] = await paramRegionsUnder(system, root.path, key);
        const byRule = all
          .filter((r) =>
            rule({ state: r.state, receivedAt: r.received_at, firstReplyAt: r.first_reply_at, toldAt: r.told_at }, region!.value, now),
          )
          .map((r) => r.id)
          .sort();
        const bySql = (await overdueFeedback(system, region!, step).select('f.id').execute()).map((r) => r.id).sort();
        expect(bySql, step).toEqual(byRule);
        const listed = (await monitor.list(system, { nodeId: root.id, path: root.path }, { limit: 1000, offset: 0 }))
          .map((b) => b.entity.id)
          .sort();
        expect(listed, step).toEqual(byRule);
      }
      expect(all.some((r) => r.state === 'spam')).toBe(true);
    } finally {
      t.clock.advance(-25 * HOUR);
    }
  });

  it('reports a month of one node: counts, reply and outcome times, satisfaction', async () => {
    const admin = await t.login('admin');
    const dept = (await admin.post('/api/orgs', { parentId: await t.org('office-b'), kind: 'department', name: '金色家园工程部' })).body.id;
    const head = await t.login('zhaolei');
    const start = t.clock.now().getTime();
    const month = businessDate(new Date(start), 'Asia/Shanghai').slice(0, 7);
    try {
      const take = (kind: string, channel: string) =>
        head.post('/api/feedback', { officeId: dept, kind, channel, customerName: '报表业主', content: '报表用例' }).then((r) => r.body);
      const a = await take('complaint', 'hotline');
      const b = await take('suggestion', 'letter');
      await take('inquiry', 'visit');
      t.clock.advance(2 * HOUR);
      let x = (await head.post(`/api/feedback/${a.id}/reply`, { version: a.version, how: 'phone', text: '已答复' })).body;
      t.clock.advance(4 * HOUR);
      const y = (await head.post(`/api/feedback/${b.id}/reply`, { version: b.version, how: 'letter', text: '已回信' })).body;
      x = (await head.post(`/api/feedback/${x.id}/resolve`, { version: x.version, resolution: '已处理' })).body;
      t.clock.advance(4 * HOUR);
      await head.post(`/api/feedback/${x.id}/tell`, { version: x.version, how: 'phone', text: '已告知', satisfaction: 'satisfied' });
      expect(y.state).toBe('replied');
      const r = await head.get(`/api/feedback/report?orgId=${dept}&month=${month}`);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({
        month,
        received: 3,
        byKind: { complaint: 1, suggestion: 1, inquiry: 1, praise: 0 },
        byChannel: { hotline: 1, letter: 1, visit: 1, web: 0, callback: 0 },
        firstReply: { count: 2, medianHours: 4, averageHours: 4 },
        outcome: { count: 1, medianHours: 10, averageHours: 10 },
        satisfaction: { satisfied: 1, neutral: 0, dissatisfied: 0 },
      });
      expect((await zhoumin.get(`/api/feedback/report?orgId=${dept}`)).status).toBe(404);

      // the same figures as Excel, in the page's words
      const file = await t.app.inject({
        method: 'GET',
        url: `/api/feedback/report/export.xlsx?orgId=${dept}&month=${month}`,
        headers: { cookie: `gj_session=${head.cookie}` },
      });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-disposition']).toBe(`attachment; filename="feedback-report-${month}.xlsx"`);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const rows = book.worksheets[0]!.getSheetValues().slice(2) as unknown[][];
      const figure = (group: string, item: string) => rows.find((row) => row[1] === group && row[2] === item)?.[3];
      expect(figure('统计单位', '')).toBe('金色家园工程部');
      expect(figure('收到意见', '')).toBe(3);
      expect(figure('类型', '投诉')).toBe(1);
      expect(figure('渠道', '网上意见表')).toBe(0);
      expect(figure('答复用时与满意度', '首次答复用时（中位）')).toBe('4 小时');
      expect(figure('客户对结果的满意度', '满意')).toBe(1);
    } finally {
      t.clock.set(new Date(start + 1000));
    }
  });
});
