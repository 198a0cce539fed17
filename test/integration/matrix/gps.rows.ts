import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * The GPS register: the administrator keeps it (HQ's system_admin holds gps.register everywhere) and makes the rows'
 * records at the GPS department; office A's head and cleaner and office B's head hold no GPS permission: the lists
 * refuse them (403) and the department's records do not exist for them (404).
 */
export const gpsRows = (m: Matrix): Row[] => {
  const admin = () => m.agents.admin;
  const gps = () => m.t.org('gps');
  const outsiders = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  const lists: Case[] = [
    { as: 'admin', status: 200 },
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 403 },
    { as: 'mgrA', status: 403 },
  ];
  const keepers: Case[] = [
    { as: 'admin', status: 200 },
    { as: 'headA', status: 403 },
  ];
  const post = async (url: string, body: object) => {
    const res = await admin().post(url, body);
    if (res.status !== 201) throw new Error(`${url}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; version: number } & Record<string, unknown>;
  };
  const customerBody = () => ({ kind: 'fleet', name: `矩阵客户${++n}`, address: '', contactName: '', phone: '13800007777', note: '' });
  const customer = async () => post('/api/gps/customers', { officeId: await gps(), ...customerBody() });
  const vehicleBody = () => ({ plate: `粤B${String(++n).padStart(4, '0')}M`, model: '', driverName: '', driverPhone: '' });
  const vehicle = async () => {
    const c = await customer();
    const body = { customerId: c.id, ...vehicleBody() };
    return { v: await post('/api/gps/vehicles', body), body };
  };
  const productBody = () => ({ modelCode: `MX${++n}`, name: '矩阵型号', warrantyMonths: 12 });
  const product = async () => post('/api/gps/products', { officeId: await gps(), ...productBody() });
  const terminalBody = async () => ({
    serial: `MATRIX-${++n}`,
    productId: (await product()).id,
    vehicleId: null,
    simId: null,
    soldOn: null,
    warrantyEnd: null,
    note: '',
  });
  const terminal = async () => {
    const body = await terminalBody();
    return { x: await post('/api/gps/terminals', { officeId: await gps(), ...body }), body };
  };
  const simBody = () => ({ number: `1440555${String(++n).padStart(6, '0')}`, carrier: 'cmcc', note: '' });
  const sim = async () => {
    const body = simBody();
    return { x: await post('/api/gps/sims', { officeId: await gps(), ...body }), body };
  };
  const list = (path: string): Row => ({ route: `GET ${path}`, prepare: async () => ({ url: path, cases: lists }) });
  return [
    list('/api/gps/customers'),
    list('/api/gps/customers/export.xlsx'),
    list('/api/gps/vehicles'),
    list('/api/gps/vehicles/export.xlsx'),
    list('/api/gps/products'),
    list('/api/gps/products/export.xlsx'),
    list('/api/gps/terminals'),
    list('/api/gps/terminals/export.xlsx'),
    list('/api/gps/sims'),
    list('/api/gps/sims/export.xlsx'),
    {
      route: 'GET /api/gps/customers/:id',
      prepare: async () => ({ url: `/api/gps/customers/${(await customer()).id}`, cases: outsiders(200) }),
    },
    {
      route: 'POST /api/gps/customers',
      prepare: async () => ({ url: '/api/gps/customers', body: { officeId: await gps(), ...customerBody() }, cases: outsiders(201) }),
    },
    {
      route: 'PUT /api/gps/customers/:id',
      prepare: async () => {
        const c = await customer();
        return { url: `/api/gps/customers/${c.id}`, body: { ...customerBody(), active: true, version: c.version }, cases: outsiders(200) };
      },
    },
    {
      route: 'GET /api/gps/vehicles/:id',
      prepare: async () => ({ url: `/api/gps/vehicles/${(await vehicle()).v.id}`, cases: outsiders(200) }),
    },
    {
      route: 'GET /api/gps/vehicles/by-plate',
      prepare: async () => ({
        url: `/api/gps/vehicles/by-plate?plate=${encodeURIComponent((await vehicle()).body.plate)}`,
        cases: outsiders(200),
      }),
    },
    {
      route: 'POST /api/gps/vehicles',
      prepare: async () => ({
        url: '/api/gps/vehicles',
        body: { customerId: (await customer()).id, ...vehicleBody() },
        cases: outsiders(201),
      }),
    },
    {
      route: 'PUT /api/gps/vehicles/:id',
      prepare: async () => {
        const { v, body } = await vehicle();
        return {
          url: `/api/gps/vehicles/${v.id}`,
          body: { ...body, model: '矩阵车', active: true, version: v.version },
          cases: outsiders(200),
        };
      },
    },
    {
      route: 'GET /api/gps/products/:id',
      prepare: async () => ({ url: `/api/gps/products/${(await product()).id}`, cases: outsiders(200) }),
    },
    {
      route: 'POST /api/gps/products',
      prepare: async () => ({ url: '/api/gps/products', body: { officeId: await gps(), ...productBody() }, cases: outsiders(201) }),
    },
    {
      route: 'PUT /api/gps/products/:id',
      prepare: async () => {
        const p = await product();
        return { url: `/api/gps/products/${p.id}`, body: { ...productBody(), active: true, version: p.version }, cases: outsiders(200) };
      },
    },
    {
      route: 'GET /api/gps/terminals/:id',
      prepare: async () => ({ url: `/api/gps/terminals/${(await terminal()).x.id}`, cases: outsiders(200) }),
    },
    {
      route: 'GET /api/gps/terminals/:id/history',
      prepare: async () => ({ url: `/api/gps/terminals/${(await terminal()).x.id}/history`, cases: outsiders(200) }),
    },
    {
      route: 'GET /api/gps/terminals/by-serial',
      prepare: async () => ({ url: `/api/gps/terminals/by-serial?serial=${(await terminal()).body.serial}`, cases: outsiders(200) }),
    },
    {
      route: 'POST /api/gps/terminals',
      prepare: async () => ({
        url: '/api/gps/terminals',
        body: { officeId: await gps(), ...(await terminalBody()) },
        cases: outsiders(201),
      }),
    },
    {
      route: 'PUT /api/gps/terminals/:id',
      prepare: async () => {
        const { x, body } = await terminal();
        return { url: `/api/gps/terminals/${x.id}`, body: { ...body, note: '矩阵', version: x.version }, cases: outsiders(200) };
      },
    },
    {
      route: 'POST /api/gps/terminals/:id/settle',
      prepare: async () => {
        const { x } = await terminal();
        return {
          url: `/api/gps/terminals/${x.id}/settle`,
          body: { outcome: 'scrapped', note: '矩阵', version: x.version },
          cases: outsiders(200),
        };
      },
    },
    { route: 'GET /api/gps/sims/:id', prepare: async () => ({ url: `/api/gps/sims/${(await sim()).x.id}`, cases: outsiders(200) }) },
    {
      route: 'GET /api/gps/sims/:id/history',
      prepare: async () => ({ url: `/api/gps/sims/${(await sim()).x.id}/history`, cases: outsiders(200) }),
    },
    {
      route: 'POST /api/gps/sims',
      prepare: async () => ({ url: '/api/gps/sims', body: { officeId: await gps(), ...simBody() }, cases: outsiders(201) }),
    },
    {
      route: 'PUT /api/gps/sims/:id',
      prepare: async () => {
        const { x, body } = await sim();
        return {
          url: `/api/gps/sims/${x.id}`,
          body: { ...body, carrier: 'cucc', state: 'suspended', version: x.version },
          cases: outsiders(200),
        };
      },
    },
    { route: 'GET /api/gps/import-template.xlsx', prepare: async () => ({ url: '/api/gps/import-template.xlsx', cases: keepers }) },
    {
      route: 'POST /api/gps/import',
      // not a workbook: the refusal of the file comes after the caller's access is checked
      prepare: async () => ({ url: '/api/gps/import', body: { officeId: await gps(), file: 'aGVsbG8=' }, cases: outsiders(422) }),
    },
    {
      // the returned terminal's label (A4.4.5): a demo repair of the GPS department, scoped like its order
      route: 'GET /api/orders/:id/repair-label',
      prepare: async () => {
        const repair = await m.t.runtime.deps.db
          .selectFrom('orders')
          .select('id')
          .where('type', '=', 'gps_repair')
          .orderBy('number')
          .executeTakeFirstOrThrow();
        return { url: `/api/orders/${repair.id}/repair-label`, cases: outsiders(200) };
      },
    },
  ];
};
