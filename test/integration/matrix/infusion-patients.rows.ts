import type { Case, Matrix, Row } from '../../support/matrix.js';

/**
 * Home-infusion teams and patients of the community health centre (chc) and its station: the administrator at HQ
 * holds every permission over the subtree; the property offices' people neither see the centre's records (404)
 * nor hold infusion.read anywhere (a list answers 403).
 */
export const infusionPatientsRows = (m: Matrix): Row[] => {
  const { agents, t } = m;
  let n = 0;
  const teamBody = async () => ({ orgId: await t.org('chc-s1'), name: `矩阵护理组${++n}`, areas: [`矩阵片区${n}`], memberIds: [] });
  const team = async () => {
    const res = await agents.admin.post('/api/infusion/teams', await teamBody());
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return res.body as { id: string; name: string; areas: string[]; version: number };
  };
  const patientBody = async () => {
    const x = await team();
    return {
      teamId: x.id,
      area: x.areas[0],
      name: '矩阵患者',
      sex: 'female',
      birthDate: '1940-01-01',
      address: '翠竹园 1 栋 101',
      phone: '13900000000',
      familyName: null,
      familyRelation: null,
      familyPhone: null,
      mobility: 'bedridden',
      frail: false,
      paperworkComplete: true,
      allergies: null,
      contraindications: null,
    };
  };
  const patient = async () => {
    const body = await patientBody();
    const res = await agents.admin.post('/api/infusion/patients', body);
    if (res.status !== 200) throw new Error(JSON.stringify(res.body));
    return { body, id: res.body.id as string, version: res.body.version as number };
  };
  const outside = (ok: number): Case[] => [
    { as: 'admin', status: ok },
    { as: 'headA', status: 404 },
    { as: 'mgrA', status: 404 },
    { as: 'headB', status: 404 },
    { as: 'cleanerA', status: 404 },
  ];
  const lists: Case[] = [
    { as: 'admin', status: 200 },
    { as: 'headA', status: 403 },
    { as: 'cleanerA', status: 403 },
  ];
  return [
    { route: 'GET /api/infusion/teams', prepare: async () => ({ url: '/api/infusion/teams', cases: lists }) },
    {
      route: 'POST /api/infusion/teams',
      prepare: async () => ({ url: '/api/infusion/teams', body: await teamBody(), cases: outside(200) }),
    },
    {
      route: 'GET /api/infusion/teams/:id',
      prepare: async () => ({ url: `/api/infusion/teams/${(await team()).id}`, cases: outside(200) }),
    },
    {
      route: 'PUT /api/infusion/teams/:id',
      prepare: async () => {
        const x = await team();
        return {
          url: `/api/infusion/teams/${x.id}`,
          body: { name: x.name, areas: [...x.areas, '矩阵新片区'], memberIds: [], active: true, version: x.version },
          cases: outside(200),
        };
      },
    },
    { route: 'GET /api/infusion/patients', prepare: async () => ({ url: '/api/infusion/patients', cases: lists }) },
    {
      route: 'POST /api/infusion/patients',
      prepare: async () => ({ url: '/api/infusion/patients', body: await patientBody(), cases: outside(200) }),
    },
    {
      route: 'GET /api/infusion/patients/:id',
      prepare: async () => ({ url: `/api/infusion/patients/${(await patient()).id}`, cases: outside(200) }),
    },
    {
      route: 'PUT /api/infusion/patients/:id',
      prepare: async () => {
        const p = await patient();
        return { url: `/api/infusion/patients/${p.id}`, body: { ...p.body, active: true, version: p.version }, cases: outside(200) };
      },
    },
  ];
};
