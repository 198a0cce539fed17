import type { Case, Matrix, Row } from '../../support/matrix.js';
import { SIGNATURE_PNG } from '../../support/orders.js';

/**
 * Home infusion's consents and outside drugs (A5.4, A5.5): the administrator (every permission from the root) is
 * allowed; office A's head and cleaner, who hold no infusion permission, never find a patient, consent or outside
 * drug (404), and see an empty list of outside drugs.
 */
export const infusionConsentRows = (m: Matrix): Row[] => {
  const db = m.t.runtime.deps.db;
  const patient = async (name: string) =>
    (await db.selectFrom('infusion_patients').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const consentOf = async (name: string) =>
    (
      await db
        .selectFrom('infusion_consents')
        .select('id')
        .where('patient_id', '=', await patient(name))
        .where('withdrawn_at', 'is', null)
        .executeTakeFirstOrThrow()
    ).id;
  const drug = async (name: string) =>
    (await db.selectFrom('infusion_drugs').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  const outsideOf = async (name: string) =>
    db
      .selectFrom('infusion_outside_drugs')
      .select(['id', 'version'])
      .where('patient_id', '=', await patient(name))
      .executeTakeFirstOrThrow();
  const firstDose = async (name: string) => ({
    patientId: await patient(name),
    drugId: await drug('盐酸氨溴索注射液'),
    hospital: '南山医院',
    firstDoseOn: '2026-11-01',
  });
  const hidden = (allowed: number): Case[] => [
    { as: 'headA', status: 404 },
    { as: 'cleanerA', status: 404 },
    { as: 'admin', status: allowed },
  ];
  return [
    {
      route: 'GET /api/infusion/patients/:id/consents',
      prepare: async () => ({ url: `/api/infusion/patients/${await patient('孙玉珍')}/consents`, cases: hidden(200) }),
    },
    {
      route: 'POST /api/infusion/patients/:id/consents',
      prepare: async () => ({
        url: `/api/infusion/patients/${await patient('赵建华')}/consents`,
        body: { signerName: '赵建华', signerRelation: 'self', signature: SIGNATURE_PNG },
        cases: hidden(201),
      }),
    },
    {
      route: 'POST /api/infusion/consents/:id/withdraw',
      prepare: async () => ({
        url: `/api/infusion/consents/${await consentOf('王秀兰')}/withdraw`,
        body: { reason: '家属决定到中心输液' },
        cases: hidden(200),
      }),
    },
    {
      route: 'GET /api/infusion/consents/:id/signature',
      prepare: async () => ({ url: `/api/infusion/consents/${await consentOf('张德明')}/signature`, cases: hidden(200) }),
    },
    {
      route: 'GET /api/infusion/consents/:id/print',
      prepare: async () => ({ url: `/api/infusion/consents/${await consentOf('张德明')}/print`, cases: hidden(200) }),
    },
    {
      route: 'GET /api/infusion/outside-drugs',
      prepare: async () => ({
        url: '/api/infusion/outside-drugs',
        cases: [
          { as: 'headA', status: 403 },
          { as: 'cleanerA', status: 403 },
          { as: 'admin', status: 200 },
        ],
      }),
    },
    {
      route: 'GET /api/infusion/outside-drugs/drug-choices',
      prepare: async () => ({ url: `/api/infusion/outside-drugs/drug-choices?patientId=${await patient('孙玉珍')}`, cases: hidden(200) }),
    },
    {
      route: 'GET /api/infusion/outside-drugs/:id',
      prepare: async () => ({ url: `/api/infusion/outside-drugs/${(await outsideOf('张德明')).id}`, cases: hidden(200) }),
    },
    {
      route: 'POST /api/infusion/outside-drugs',
      prepare: async () => ({ url: '/api/infusion/outside-drugs', body: await firstDose('孙玉珍'), cases: hidden(201) }),
    },
    {
      route: 'POST /api/infusion/outside-drugs/:id/gp-check',
      prepare: async () => {
        const made = await m.agents.admin.post('/api/infusion/outside-drugs', await firstDose('刘桂芳'));
        if (made.status !== 201) throw new Error(JSON.stringify(made.body));
        return {
          url: `/api/infusion/outside-drugs/${made.body.id}/gp-check`,
          body: { version: made.body.version, outpatientRecordNo: 'MZ-1' },
          cases: hidden(200),
        };
      },
    },
    {
      route: 'POST /api/infusion/outside-drugs/:id/pharmacist-review',
      prepare: async () => {
        const o = await outsideOf('张德明');
        return {
          url: `/api/infusion/outside-drugs/${o.id}/pharmacist-review`,
          body: { version: Number(o.version) },
          cases: hidden(200),
        };
      },
    },
  ];
};
