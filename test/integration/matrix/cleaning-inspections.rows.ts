import { PNG } from 'pngjs';
import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Cleaning inspections and rectifications: office A's head spot-checks 翠竹园 (manager level) for the cleaner
 * 孙秀英, who reads her own and fixes; office B's head never finds them; a custom role without cleaning
 * permissions gets 403 inside office A.
 */
export const cleaningInspectionsRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  const photo = () => {
    const png = new PNG({ width: 20, height: 20 });
    png.data.fill(120);
    return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
  };
  let estateId: string | undefined;
  const estate = async () => {
    estateId ??= (await m.t.runtime.deps.db.selectFrom('estates').select('id').where('name', '=', '翠竹园').executeTakeFirstOrThrow()).id;
    return estateId;
  };
  const spotBody = async () => ({ estateId: await estate(), area: 'roads', level: 'manager', cleanerId: ids.sunxy });
  /** A planned spot check of 翠竹园's roads by office A's head. */
  const planned = async () => (await agents.headA.post('/api/cleaning/inspections', await spotBody())).body;
  /** Results for every check: all passed, or the first failed with a note and photo. */
  const results = (i: { checklist: { id: string; thresholdMax: number | null }[] }, fail: boolean) =>
    i.checklist.map((c, n) => {
      const bad = fail && n === 0;
      const judged = c.thresholdMax === null ? { passed: !bad } : { value: bad ? c.thresholdMax + 1 : 0 };
      return { standardId: c.id, ...judged, ...(bad ? { note: '矩阵不合格', photos: [photo()] } : {}) };
    });
  /** A recorded inspection with one failure, and its rectification, moved on to `done` if asked. */
  const failed = async (fixed = false) => {
    const i = await planned();
    const done = (await agents.headA.post(`/api/cleaning/inspections/${i.id}/results`, { version: i.version, results: results(i, true) }))
      .body;
    const rectificationId = done.results.find((r: { rectificationId: string | null }) => r.rectificationId).rectificationId as string;
    let r = (await agents.cleanerA.get(`/api/cleaning/rectifications/${rectificationId}`)).body;
    if (fixed)
      r = (await agents.cleanerA.post(`/api/cleaning/rectifications/${rectificationId}/fix`, { version: r.version, photo: photo() })).body;
    return { inspection: done, rectification: r };
  };
  const read = (whole: string): Case[] => [
    { as: 'headA', status: 200 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 200, url: whole },
    { as: 'mgrA', status: 403, url: whole },
  ];
  const one: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'cleanerA', status: 200 },
    { as: 'headB', status: 404 },
    { as: 'mgrA', status: 403 },
  ];
  return [
    {
      route: 'GET /api/cleaning/inspections',
      prepare: async () => ({ url: `/api/cleaning/inspections?orgId=${ids['office-a']}`, cases: read('/api/cleaning/inspections') }),
    },
    {
      route: 'POST /api/cleaning/inspections',
      prepare: async () => ({
        url: '/api/cleaning/inspections',
        body: await spotBody(),
        cases: [
          { as: 'headA', status: 200 },
          { as: 'headB', status: 404 },
          { as: 'cleanerA', status: 404 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    {
      route: 'GET /api/cleaning/inspections/:id',
      prepare: async () => ({ url: `/api/cleaning/inspections/${(await planned()).id}`, cases: one }),
    },
    {
      route: 'POST /api/cleaning/inspections/:id/results',
      prepare: async () => {
        const i = await planned();
        return {
          url: `/api/cleaning/inspections/${i.id}/results`,
          body: { version: i.version, results: results(i, false) },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'cleanerA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'GET /api/cleaning/inspections/:id/photos/:blobId',
      prepare: async () => {
        const { inspection } = await failed();
        const url = inspection.results.find((r: { photos: unknown[] }) => r.photos.length).photos[0].url;
        return { url, cases: one };
      },
    },
    {
      route: 'GET /api/cleaning/rectifications',
      prepare: async () => ({ url: `/api/cleaning/rectifications?orgId=${ids['office-a']}`, cases: read('/api/cleaning/rectifications') }),
    },
    {
      route: 'GET /api/cleaning/rectifications/:id',
      prepare: async () => ({ url: `/api/cleaning/rectifications/${(await failed()).rectification.id}`, cases: one }),
    },
    {
      route: 'POST /api/cleaning/rectifications/:id/fix',
      prepare: async () => {
        const { rectification: r } = await failed();
        return {
          url: `/api/cleaning/rectifications/${r.id}/fix`,
          body: { version: r.version, photo: photo() },
          cases: [
            { as: 'cleanerA', status: 200 },
            { as: 'headA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'POST /api/cleaning/rectifications/:id/recheck',
      prepare: async () => {
        const { rectification: r } = await failed(true);
        return {
          url: `/api/cleaning/rectifications/${r.id}/recheck`,
          body: { version: r.version, passed: true },
          cases: [
            { as: 'headA', status: 200 },
            { as: 'cleanerA', status: 403 },
            { as: 'headB', status: 404 },
            { as: 'mgrA', status: 403 },
          ],
        };
      },
    },
    {
      route: 'GET /api/cleaning/rectifications/:id/photos/:blobId',
      prepare: async () => ({ url: (await failed(true)).rectification.donePhoto.url, cases: one }),
    },
  ];
};
