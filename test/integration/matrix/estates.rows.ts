import type { Case, Matrix, Row } from '../../support/matrix.js';

let n = 0;

/**
 * The estate register: `headA` keeps office A's register; `mgrA` sees office A but holds no estate permission;
 * office B's head never sees office A's records.
 */
export const estatesRows = (m: Matrix): Row[] => {
  const { agents, ids } = m;
  const headA = () => agents.headA;
  const denied = (ok: number): Case[] => [
    { as: 'headA', status: ok },
    { as: 'mgrA', status: 403 },
    { as: 'headB', status: 404 },
  ];
  /** Lists and searches without a record: everyone signed in gets their own (possibly empty) part. */
  const open: Case[] = [
    { as: 'headA', status: 200 },
    { as: 'mgrA', status: 200 },
    { as: 'headB', status: 200 },
  ];
  const estateA = async () => {
    const res = await headA().post('/api/estates', { officeId: ids['office-a'], name: `矩阵小区${++n}`, address: '矩阵路1号' });
    return res.body as { id: string; name: string; address: string; version: number };
  };
  const buildingA = async () => {
    const e = await estateA();
    const b = (await headA().post('/api/estate-buildings', { estateId: e.id, name: '1栋' })).body;
    return { e, b };
  };
  const unitA = async () => {
    const { e, b } = await buildingA();
    const body = { buildingId: b.id, entrance: '1', floor: 1, room: '0101', areaMilli: 80_000, use: 'residential', occupancy: 'occupied' };
    const u = (await headA().post('/api/estate-units', { estateId: e.id, ...body })).body;
    return { e, b, u, body };
  };
  const residentBody = { role: 'owner', name: '矩阵业主', phone: '13800009999', moveInDate: null };
  const residentA = async () => {
    const { u } = await unitA();
    return (await headA().post('/api/estate-residents', { unitId: u.id, ...residentBody })).body;
  };
  return [
    { route: 'GET /api/estates', prepare: async () => ({ url: '/api/estates', cases: open }) },
    { route: 'GET /api/estates/export.xlsx', prepare: async () => ({ url: '/api/estates/export.xlsx', cases: open }) },
    {
      route: 'GET /api/estates/import-template.xlsx',
      prepare: async () => ({
        url: '/api/estates/import-template.xlsx',
        cases: [
          { as: 'headA', status: 200 },
          { as: 'mgrA', status: 403 },
        ],
      }),
    },
    { route: 'GET /api/estates/:id', prepare: async () => ({ url: `/api/estates/${(await estateA()).id}`, cases: denied(200) }) },
    {
      route: 'POST /api/estates',
      prepare: async () => ({
        url: '/api/estates',
        body: { officeId: ids['office-a'], name: `矩阵新小区${++n}`, address: '矩阵路2号' },
        cases: denied(201),
      }),
    },
    {
      route: 'PUT /api/estates/:id',
      prepare: async () => {
        const e = await estateA();
        return {
          url: `/api/estates/${e.id}`,
          body: { name: e.name, address: '矩阵路3号', active: false, version: e.version },
          cases: denied(200),
        };
      },
    },
    {
      route: 'POST /api/estates/:id/import',
      // not a workbook: the refusal of the file comes after the caller's access is checked
      prepare: async () => ({ url: `/api/estates/${(await estateA()).id}/import`, body: { file: 'aGVsbG8=' }, cases: denied(422) }),
    },
    {
      route: 'GET /api/estate-buildings',
      prepare: async () => ({ url: `/api/estate-buildings?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    {
      route: 'GET /api/estate-buildings/export.xlsx',
      prepare: async () => ({ url: `/api/estate-buildings/export.xlsx?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    {
      route: 'POST /api/estate-buildings',
      prepare: async () => ({ url: '/api/estate-buildings', body: { estateId: (await estateA()).id, name: '2栋' }, cases: denied(201) }),
    },
    {
      route: 'PUT /api/estate-buildings/:id',
      prepare: async () => {
        const { b } = await buildingA();
        return { url: `/api/estate-buildings/${b.id}`, body: { name: '1号楼', active: true, version: b.version }, cases: denied(200) };
      },
    },
    {
      route: 'GET /api/estate-units',
      prepare: async () => ({ url: `/api/estate-units?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    {
      route: 'GET /api/estate-units/export.xlsx',
      prepare: async () => ({ url: `/api/estate-units/export.xlsx?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    { route: 'GET /api/estate-units/search', prepare: async () => ({ url: '/api/estate-units/search?q=0101', cases: open }) },
    { route: 'GET /api/estate-units/:id', prepare: async () => ({ url: `/api/estate-units/${(await unitA()).u.id}`, cases: denied(200) }) },
    {
      route: 'POST /api/estate-units',
      prepare: async () => {
        const { e, b } = await buildingA();
        const body = {
          estateId: e.id,
          buildingId: b.id,
          entrance: '',
          floor: 2,
          room: '0201',
          areaMilli: 70_000,
          use: 'commercial',
          occupancy: 'vacant',
        };
        return { url: '/api/estate-units', body, cases: denied(201) };
      },
    },
    {
      route: 'PUT /api/estate-units/:id',
      prepare: async () => {
        const { u, body } = await unitA();
        return {
          url: `/api/estate-units/${u.id}`,
          body: { ...body, occupancy: 'vacant', active: true, version: u.version },
          cases: denied(200),
        };
      },
    },
    {
      route: 'GET /api/estate-residents',
      prepare: async () => ({ url: `/api/estate-residents?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    {
      route: 'GET /api/estate-residents/export.xlsx',
      prepare: async () => ({ url: `/api/estate-residents/export.xlsx?estateId=${(await estateA()).id}`, cases: denied(200) }),
    },
    {
      route: 'POST /api/estate-residents',
      prepare: async () => ({ url: '/api/estate-residents', body: { unitId: (await unitA()).u.id, ...residentBody }, cases: denied(201) }),
    },
    {
      route: 'PUT /api/estate-residents/:id',
      prepare: async () => {
        const r = await residentA();
        return {
          url: `/api/estate-residents/${r.id}`,
          body: { ...residentBody, moveOutDate: '2026-01-31', active: false, version: r.version },
          cases: denied(200),
        };
      },
    },
  ];
};
