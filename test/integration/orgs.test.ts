import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEnv, type TestEnv } from '../support/harness.js';

let t: TestEnv;
beforeAll(async () => {
  t = await startTestEnv();
});
afterAll(() => t.close());

const names = (page: { items: { name: string }[] }) => page.items.map((n) => n.name);

describe('organisation tree', () => {
  it('shows each user only the nodes under their grants', async () => {
    const head = await t.login('wangfang');
    const seen = names((await head.get('/api/orgs?pageSize=100')).body);
    expect(seen).toContain('翠竹园管理处');
    expect(seen).toContain('翠竹园环境部');
    expect(seen).not.toContain('金色家园管理处');
    expect(seen).not.toContain('安居集团总部');
    expect((await head.get(`/api/orgs/${await t.org('office-b')}`)).status).toBe(404);
  });

  it('creates, renames and moves a node with its whole subtree', async () => {
    const admin = await t.login('admin');
    const office = await admin.post('/api/orgs', { parentId: await t.org('pm'), kind: 'office', name: '碧水湾管理处', code: 'office-c' });
    expect(office.status).toBe(201);
    expect(office.body.abilities).toMatchObject({ rename: true, move: true, deactivate: true });
    const dept = await admin.post('/api/orgs', { parentId: office.body.id, kind: 'department', name: '碧水湾环境部' });
    const renamed = await admin.patch(`/api/orgs/${office.body.id}`, { name: '碧水湾花园管理处', version: 1 });
    expect(renamed.body).toMatchObject({ name: '碧水湾花园管理处', version: 2 });

    // the health centre cannot hold an office, but another company can: make one and move there
    const company = await admin.post('/api/orgs', { parentId: await t.org('hq'), kind: 'company', name: '安居二公司' });
    const moved = await admin.post(`/api/orgs/${office.body.id}/move`, { parentId: company.body.id });
    expect(moved.status).toBe(200);
    expect(moved.body.path).toBe(`${company.body.path}${office.body.id}/`);
    const child = await admin.get(`/api/orgs/${dept.body.id}`);
    expect(child.body.path).toBe(`${company.body.path}${office.body.id}/${dept.body.id}/`);
    expect(child.body.depth).toBe(3);
  });

  it('refuses moves that would break the tree', async () => {
    const admin = await t.login('admin');
    const intoOwnDept = await admin.post(`/api/orgs/${await t.org('office-a')}/move`, { parentId: await t.org('office-a-env') });
    expect(intoOwnDept.status).toBe(422);
    expect(intoOwnDept.body.code).toBe('org.move_into_subtree');
    const officeUnderCentre = await admin.post(`/api/orgs/${await t.org('office-b')}/move`, { parentId: await t.org('chc-s1') });
    expect(officeUnderCentre.body.code).toBe('org.kind_not_allowed_here');
  });

  it('deactivates instead of deleting, and only leaves first', async () => {
    const admin = await t.login('admin');
    const withChildren = await admin.post(`/api/orgs/${await t.org('office-b')}/deactivate`, { reason: '合同到期' });
    expect(withChildren.status).toBe(422);
    expect(withChildren.body.code).toBe('org.has_active_children');
    const leaf = await admin.post('/api/orgs', { parentId: await t.org('office-b'), kind: 'department', name: '临时工程部' });
    const off = await admin.post(`/api/orgs/${leaf.body.id}/deactivate`, { reason: '工程结束' });
    expect(off.body).toMatchObject({ active: false, abilities: { activate: true, deactivate: false } });
    const inactive = (await admin.get(`/api/orgs?active=false&parentId=${await t.org('office-b')}`)).body;
    expect(names(inactive)).toEqual(['临时工程部']);
    const history = (await admin.get(`/api/history/org/${leaf.body.id}`)).body;
    expect(history.map((e: { action: string }) => e.action)).toEqual(['org.create', 'org.deactivate']);
    expect(history[1].after.reason).toBe('工程结束');
    expect(history[1].actorName).toBe('系统管理员');
  });

  it('answers 409 to a change made on a stale version', async () => {
    const admin = await t.login('admin');
    const node = (await admin.get(`/api/orgs/${await t.org('office-a-sec')}`)).body;
    expect((await admin.patch(`/api/orgs/${node.id}`, { name: '翠竹园秩序维护部', version: node.version })).status).toBe(200);
    const stale = await admin.patch(`/api/orgs/${node.id}`, { name: '翠竹园保安部', version: node.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('record.version_conflict');
  });

  it('refuses a second node with the same code', async () => {
    const admin = await t.login('admin');
    const dup = await admin.post('/api/orgs', { parentId: await t.org('pm'), kind: 'office', name: '重复', code: 'office-a' });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0]).toMatchObject({ field: 'code', code: 'org.code_taken' });
  });
});
