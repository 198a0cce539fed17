import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * The drug catalogue of the community health centre (chc) and its physician orders. The administrator at HQ holds
 * every permission over the subtree but has no licence number (执业证号), so an order he writes answers the licence
 * refusal; the orders he cancels or reviews are written by the physician 何医生 for patients of the demo. The
 * property offices' people neither see the centre's records (404) nor hold infusion.read anywhere.
 */
export const infusionOrdersRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  let n = 0;
  const chc = () => t.org('chc');
  const db = () => t.runtime.deps.db;
  const patientId = async (name: string) =>
    (await db().selectFrom('infusion_patients').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const drugId = async (name: string) =>
    (await db().selectFrom('infusion_drugs').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

  const categoryBody = async () => ({ centreId: await chc(), name: `矩阵类别${++n}`, excluded: false });
  const category = async () => {
    const res = await agents.admin.post('/api/infusion/drug-categories', await categoryBody());
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; name: string; excluded: boolean; version: number };
  };
  const drugBody = async () => ({ centreId: await chc(), name: `矩阵药品${++n}`, spec: '250 ml', categories: [] as string[] });
  const drug = async () => {
    const res = await agents.admin.post('/api/infusion/drugs', await drugBody());
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; name: string; spec: string; version: number };
  };

  const today = () => new Date().toISOString().slice(0, 10);
  const orderBody = async (patient: string, drugs: string[]) => ({
    patientId: await patientId(patient),
    medicalRecordNo: `MZ-M-${++n}`,
    origin: 'centre',
    lines: await Promise.all(drugs.map(async (d) => ({ drugId: await drugId(d), dose: '1 支', route: 'iv_drip', frequency: 'qd' }))),
    visitsPlanned: 3,
    startsOn: today(),
    endsOn: today(),
  });
  /** An order by 何医生; with `override`, of an excluded drug (皮试) given at home anyway, waiting for review. */
  const order = async (override = false) => {
    const physician = await t.login('heys');
    const body = override
      ? { ...(await orderBody('王秀兰', ['注射用青霉素钠'])), override: { reason: '皮试阴性，既往多次使用无不良反应' } }
      : await orderBody('张德明', ['5%葡萄糖注射液']);
    const res = await physician.post('/api/infusion/orders', body);
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string };
  };

  const outside = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  /** Lists: one who reads no centre's records anywhere (a property office's people) is refused, as the patients are. */
  const lists: Case[] = [
    { as: 'admin', status: 200 },
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 403 },
  ];
  return [
    {
      route: 'GET /api/infusion/drug-categories',
      prepare: async () => ({ url: '/api/infusion/drug-categories', cases: lists }),
    },
    {
      route: 'POST /api/infusion/drug-categories',
      prepare: async () => ({ url: '/api/infusion/drug-categories', body: await categoryBody(), cases: outside(200) }),
    },
    {
      route: 'PUT /api/infusion/drug-categories/:id',
      prepare: async () => {
        const c = await category();
        return {
          url: `/api/infusion/drug-categories/${c.id}`,
          body: { name: `${c.name}（改）`, excluded: true, version: c.version },
          cases: outside(200),
        };
      },
    },
    { route: 'GET /api/infusion/drugs', prepare: async () => ({ url: '/api/infusion/drugs', cases: lists }) },
    {
      route: 'POST /api/infusion/drugs',
      prepare: async () => ({ url: '/api/infusion/drugs', body: await drugBody(), cases: outside(200) }),
    },
    {
      route: 'PUT /api/infusion/drugs/:id',
      prepare: async () => {
        const d = await drug();
        return {
          url: `/api/infusion/drugs/${d.id}`,
          body: { name: d.name, spec: '500 ml', categories: [], active: true, version: d.version },
          cases: outside(200),
        };
      },
    },
    { route: 'GET /api/infusion/orders', prepare: async () => ({ url: '/api/infusion/orders', cases: lists }) },
    {
      route: 'GET /api/infusion/orders/:id',
      prepare: async () => ({ url: `/api/infusion/orders/${(await order()).id}`, cases: outside(200) }),
    },
    {
      route: 'POST /api/infusion/orders',
      // the administrator holds infusion.order but has no licence number: the licence refusal (422)
      prepare: async () => ({ url: '/api/infusion/orders', body: await orderBody('张德明', ['5%葡萄糖注射液']), cases: outside(422) }),
    },
    {
      route: 'POST /api/infusion/orders/:id/cancel',
      prepare: async () => ({
        url: `/api/infusion/orders/${(await order()).id}/cancel`,
        body: { reason: '患者住院，停止居家输液' },
        cases: outside(200),
      }),
    },
    {
      route: 'POST /api/infusion/orders/:id/review-override',
      prepare: async () => ({
        url: `/api/infusion/orders/${(await order(true)).id}/review-override`,
        body: { note: '已核实皮试结果，同意居家使用' },
        cases: outside(200),
      }),
    },
  ];
};
