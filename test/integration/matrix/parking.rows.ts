import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * The parking register: `headA` (office A's head) keeps office A's; `mgrA` sees office A but holds no parking (nor
 * estate) permission, so even the lists refuse it; office B's head never sees office A's records.
 */
export const parkingRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  const headA = () => agents.headA;
  const denied = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  /** Lists without a record: anyone reading the register somewhere gets their own part; the rest are refused. */
  const own: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 200 },
    { as: 'cleanerA', status: 403 },
  ];
  const keepers: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 403 },
  ];
  const estateA = async () =>
    (await headA().post('/api/estates', { officeId: ids['office-a'], name: `矩阵车场小区${++n}`, address: '矩阵路9号' })).body as {
      id: string;
    };
  const carParkA = async () => {
    const e = await estateA();
    const c = (await headA().post('/api/car-parks', { estateId: e.id, code: 'P1', name: '矩阵车场', kind: 'ground' })).body;
    return { e, c: c as { id: string; code: string; name: string; kind: string; version: number } };
  };
  const spaceBody = { number: 'A-001', ownership: 'public', unitId: null };
  const spaceA = async () => {
    const { c } = await carParkA();
    return (await headA().post('/api/parking-spaces', { carParkId: c.id, ...spaceBody })).body as { id: string; version: number };
  };
  const vehicleBody = () => ({
    plate: `沪M${String(++n).padStart(5, '0')}`,
    unitId: null,
    holderResidentId: null,
    holderName: '矩阵车主',
    holderPhone: '13800007777',
  });
  const vehicleA = async () => {
    const e = await estateA();
    const body = vehicleBody();
    const v = (await headA().post('/api/vehicles', { estateId: e.id, ...body })).body as { id: string; version: number };
    return { v, body };
  };
  return [
    { route: 'GET /api/car-parks', prepare: async () => ({ url: '/api/car-parks', cases: own }) },
    { route: 'GET /api/car-parks/export.xlsx', prepare: async () => ({ url: '/api/car-parks/export.xlsx', cases: own }) },
    { route: 'GET /api/car-parks/:id', prepare: async () => ({ url: `/api/car-parks/${(await carParkA()).c.id}`, cases: denied(200) }) },
    {
      route: 'POST /api/car-parks',
      prepare: async () => ({
        url: '/api/car-parks',
        body: { estateId: (await estateA()).id, code: 'B1', name: '矩阵地库', kind: 'underground' },
        cases: denied(201),
      }),
    },
    {
      route: 'PUT /api/car-parks/:id',
      prepare: async () => {
        const { c } = await carParkA();
        return {
          url: `/api/car-parks/${c.id}`,
          body: { code: c.code, name: c.name, kind: c.kind, active: false, version: c.version },
          cases: denied(200),
        };
      },
    },
    {
      route: 'GET /api/parking-spaces',
      prepare: async () => ({ url: `/api/parking-spaces?carParkId=${(await carParkA()).c.id}`, cases: denied(200) }),
    },
    {
      route: 'GET /api/parking-spaces/export.xlsx',
      prepare: async () => ({ url: `/api/parking-spaces/export.xlsx?carParkId=${(await carParkA()).c.id}`, cases: denied(200) }),
    },
    {
      route: 'GET /api/parking-spaces/import-template.xlsx',
      prepare: async () => ({ url: '/api/parking-spaces/import-template.xlsx', cases: keepers }),
    },
    {
      route: 'POST /api/parking-spaces/import',
      // not a workbook: the refusal of the file comes after the caller's access is checked
      prepare: async () => ({
        url: '/api/parking-spaces/import',
        body: { carParkId: (await carParkA()).c.id, file: 'aGVsbG8=' },
        cases: denied(422),
      }),
    },
    {
      route: 'GET /api/parking-spaces/:id',
      prepare: async () => ({ url: `/api/parking-spaces/${(await spaceA()).id}`, cases: denied(200) }),
    },
    {
      route: 'POST /api/parking-spaces',
      prepare: async () => ({ url: '/api/parking-spaces', body: { carParkId: (await carParkA()).c.id, ...spaceBody }, cases: denied(201) }),
    },
    {
      route: 'PUT /api/parking-spaces/:id',
      prepare: async () => {
        const s = await spaceA();
        return {
          url: `/api/parking-spaces/${s.id}`,
          body: { ...spaceBody, ownership: 'rented', active: true, version: s.version },
          cases: denied(200),
        };
      },
    },
    { route: 'GET /api/vehicles', prepare: async () => ({ url: `/api/vehicles?estateId=${(await estateA()).id}`, cases: denied(200) }) },
    {
      route: 'GET /api/vehicles/export.xlsx',
      prepare: async () => ({ url: `/api/vehicles/export.xlsx?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    {
      route: 'GET /api/vehicles/import-template.xlsx',
      prepare: async () => ({ url: '/api/vehicles/import-template.xlsx', cases: keepers }),
    },
    {
      route: 'POST /api/vehicles/import',
      prepare: async () => ({
        url: '/api/vehicles/import',
        body: { estateId: (await estateA()).id, file: 'aGVsbG8=' },
        cases: denied(422),
      }),
    },
    { route: 'GET /api/vehicles/:id', prepare: async () => ({ url: `/api/vehicles/${(await vehicleA()).v.id}`, cases: denied(200) }) },
    {
      route: 'POST /api/vehicles',
      prepare: async () => ({ url: '/api/vehicles', body: { estateId: (await estateA()).id, ...vehicleBody() }, cases: denied(201) }),
    },
    {
      route: 'PUT /api/vehicles/:id',
      prepare: async () => {
        const { v, body } = await vehicleA();
        return {
          url: `/api/vehicles/${v.id}`,
          body: { ...body, holderPhone: '13800008888', active: true, version: v.version },
          cases: denied(200),
        };
      },
    },
  ];
};
