import { inTransaction, systemActor } from '../../../src/platform/context.js';
import { scheduleJob } from '../../../src/platform/jobs/schedule.js';
import type { Matrix, Row } from '../../support/matrix.js';

/** Jobs are tenant-wide: only callers holding the permission at the root (here the administrator) reach them. */
export const jobsRows = (m: Matrix): Row[] => {
  const { t } = m;
  let jobId = '';
  /** A job of the demo tenant that has failed for good (so it can be retried). */
  const failedJob = async () => {
    const deps = t.runtime.deps;
    const tenant = await deps.db.selectFrom('tenants').select('id').where('code', '=', 'demo').executeTakeFirstOrThrow();
    if (!jobId) {
      jobId = (
        await inTransaction({ ...deps, actor: systemActor(tenant.id), requestId: null }, (tx) =>
          scheduleJob(tx, { kind: 'matrix.retired', key: 'matrix-failed', dueAt: '2099-01-01T00:00:00Z' }),
        )
      ).id;
    }
    await deps.db.updateTable('jobs').set({ state: 'failed', last_error: 'no job kind matrix.retired' }).where('id', '=', jobId).execute();
    return jobId;
  };
  return [
    {
      route: 'GET /api/jobs',
      prepare: async () => ({
        url: '/api/jobs',
        cases: [
          { as: 'admin', status: 200 },
          { as: 'headA', status: 404 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/jobs/export.xlsx',
      prepare: async () => ({
        url: '/api/jobs/export.xlsx',
        cases: [
          { as: 'admin', status: 200 },
          { as: 'headA', status: 404 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/jobs/:id/runs',
      prepare: async () => ({
        url: `/api/jobs/${await failedJob()}/runs`,
        cases: [
          { as: 'admin', status: 200 },
          { as: 'mgrA', status: 404 },
        ],
      }),
    },
    {
      route: 'POST /api/jobs/:id/retry',
      prepare: async () => ({
        url: `/api/jobs/${await failedJob()}/retry`,
        cases: [
          { as: 'admin', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'admin', url: '/api/jobs/01a21ee7-cad4-7a70-9de6-9e790b6064b7/retry', status: 404 },
        ],
      }),
    },
    {
      // the matrix server is not a demo server: these answer 404 to everyone (see jobs-demo.test.ts)
      route: 'POST /api/jobs/run-due',
      prepare: async () => ({
        url: '/api/jobs/run-due',
        cases: [
          { as: 'admin', status: 404 },
          { as: 'cleanerA', status: 404 },
        ],
      }),
    },
    {
      route: 'GET /api/demo/clock',
      prepare: async () => ({ url: '/api/demo/clock', cases: [{ as: 'cleanerA', status: 200 }] }),
    },
    {
      route: 'POST /api/demo/clock',
      prepare: async () => ({
        url: '/api/demo/clock',
        body: { at: null },
        cases: [
          { as: 'admin', status: 404 },
          { as: 'headA', status: 404 },
        ],
      }),
    },
  ];
};
