import { DEMO_ELDERLY_PLAN } from '../../../src/modules/socialwork/socialwork-base.demo.js';
import type { Case, Matrix, Row } from '../../support/matrix.js';
import { runningProject } from '../../support/socialwork.js';

/**
 * A project's execution (A3.4) at 翠竹社会服务管理工作站: the administrator at HQ holds every socialwork permission
 * over the subtree; the property offices' people do not see the station's projects (404).
 */
export const socialworkExecutionRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  const project = () => runningProject(t, agents.admin);
  const outside = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  const ok = async <T>(p: Promise<{ status: number; body: T }>) => {
    const res = await p;
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body;
  };
  const change = async () => {
    const p = await project();
    const c = await ok(
      agents.admin.post(`/api/socialwork/projects/${p.id}/change-requests`, {
        kind: 'plan',
        basePlanId: p.planId,
        reason: '矩阵变更',
        changes: '矩阵变更内容',
        newPlan: DEMO_ELDERLY_PLAN,
      }),
    );
    return c as { id: string };
  };
  const closing = async () => {
    const p = await project();
    const after = (await ok(agents.admin.post(`/api/socialwork/projects/${p.id}/close-out`, { version: p.version }))) as {
      version: number;
    };
    return { id: p.id, version: after.version };
  };
  const decision = { decision: 'approved', note: null };
  return [
    {
      route: 'GET /api/socialwork/projects/:id/execution',
      prepare: async () => ({ url: `/api/socialwork/projects/${(await project()).id}/execution`, cases: outside(200) }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/progress-items',
      prepare: async () => ({
        url: `/api/socialwork/projects/${(await project()).id}/progress-items`,
        body: { title: '长者互助小组', method: 'group', dueOn: '2026-12-20', note: null },
        cases: outside(200),
      }),
    },
    {
      route: 'PUT /api/socialwork/progress-items/:id',
      prepare: async () => {
        const p = await project();
        const item = (await ok(
          agents.admin.post(`/api/socialwork/projects/${p.id}/progress-items`, {
            title: '长者互助小组',
            method: 'group',
            dueOn: '2026-12-20',
            note: null,
          }),
        )) as { id: string };
        return {
          url: `/api/socialwork/progress-items/${item.id}`,
          body: { version: 1, dueOn: '2026-12-21', doneOn: null, note: null },
          cases: outside(200),
        };
      },
    },
    {
      route: 'POST /api/socialwork/projects/:id/people',
      prepare: async () => ({
        url: `/api/socialwork/projects/${(await project()).id}/people`,
        body: { kind: 'volunteer', userId: null, name: '矩阵志愿者', role: '志愿者', phone: null, training: null, trainedOn: null },
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/publicity',
      prepare: async () => ({
        url: `/api/socialwork/projects/${(await project()).id}/publicity`,
        body: { heldOn: '2026-11-01', channel: '宣传栏', description: '矩阵宣传', reach: null },
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/change-requests',
      prepare: async () => {
        const p = await project();
        return {
          url: `/api/socialwork/projects/${p.id}/change-requests`,
          body: { kind: 'needs', basePlanId: p.planId, reason: '矩阵', changes: '矩阵', newPlan: DEMO_ELDERLY_PLAN },
          cases: outside(200),
        };
      },
    },
    {
      route: 'POST /api/socialwork/change-requests/:id/supervisor-decision',
      prepare: async () => ({
        url: `/api/socialwork/change-requests/${(await change()).id}/supervisor-decision`,
        body: decision,
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/socialwork/change-requests/:id/head-decision',
      prepare: async () => ({
        url: `/api/socialwork/change-requests/${(await change()).id}/head-decision`,
        body: decision,
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/socialwork/projects/:id/close-out',
      prepare: async () => {
        const p = await project();
        return { url: `/api/socialwork/projects/${p.id}/close-out`, body: { version: p.version }, cases: outside(200) };
      },
    },
    {
      route: 'POST /api/socialwork/projects/:id/feedback',
      prepare: async () => ({
        url: `/api/socialwork/projects/${(await closing()).id}/feedback`,
        body: { source: 'partner', fromName: '矩阵合作方', content: '矩阵反馈', receivedOn: '2026-11-30' },
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/socialwork/feedback/:id/reply',
      prepare: async () => {
        const p = await closing();
        const fb = (await ok(
          agents.admin.post(`/api/socialwork/projects/${p.id}/feedback`, {
            source: 'user',
            fromName: '矩阵用户',
            content: '矩阵反馈',
            receivedOn: '2026-11-30',
          }),
        )) as { id: string };
        return { url: `/api/socialwork/feedback/${fb.id}/reply`, body: { version: 1, reply: '已回复' }, cases: outside(200) };
      },
    },
    {
      route: 'PUT /api/socialwork/projects/:id/summary',
      prepare: async () => {
        const p = await closing();
        return { url: `/api/socialwork/projects/${p.id}/summary`, body: { version: p.version, summary: '矩阵总结' }, cases: outside(200) };
      },
    },
    {
      route: 'POST /api/socialwork/projects/:id/close',
      prepare: async () => {
        const p = await closing();
        const after = (await ok(
          agents.admin.put(`/api/socialwork/projects/${p.id}/summary`, { version: p.version, summary: '矩阵总结' }),
        )) as {
          version: number;
        };
        return { url: `/api/socialwork/projects/${p.id}/close`, body: { version: after.version }, cases: outside(200) };
      },
    },
  ];
};
