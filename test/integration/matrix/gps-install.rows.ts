import { gpsFixture } from '../../support/gps-orders.js';
import type { Matrix, Row } from '../../support/matrix.js';

/**
 * 安装需求单 (A4.4.1) of the GPS department: office A's people and office B's head are outside it (404 on a record,
 * an empty list or 403 where they read no GPS register at all); the administrator may do everything.
 */
export const gpsInstallRows = (m: Matrix): Row[] => {
  const { t } = m;
  const request = async () => {
    const f = await gpsFixture(t, { vehicles: 1, fitted: false, spares: 1 });
    const res = await f.manager.post('/api/gps/install-requests', {
      officeId: f.officeId,
      customerId: f.customerId,
      contactName: '刘经理',
      phone: '13800138000',
      address: '福永物流园',
      vehicleIds: [f.vehicles[0]!.id],
    });
    return { f, request: res.body as { id: string; version: number } };
  };
  return [
    {
      route: 'GET /api/gps/install-requests',
      prepare: async () => ({
        url: '/api/gps/install-requests',
        cases: [
          { as: 'admin', status: 200 },
          { as: 'cleanerA', status: 403 },
        ],
      }),
    },
    {
      route: 'POST /api/gps/install-requests',
      prepare: async () => {
        const f = await gpsFixture(t, { vehicles: 1, fitted: false, spares: 0 });
        return {
          url: '/api/gps/install-requests',
          body: {
            officeId: f.officeId,
            customerId: f.customerId,
            contactName: '刘经理',
            phone: '13800138000',
            address: '福永',
            vehicleIds: [f.vehicles[0]!.id],
          },
          cases: [
            { as: 'headA', status: 404 },
            { as: 'admin', status: 201 },
          ],
        };
      },
    },
    {
      route: 'GET /api/gps/install-requests/:id',
      prepare: async () => {
        const { request: r } = await request();
        return {
          url: `/api/gps/install-requests/${r.id}`,
          cases: [
            { as: 'admin', status: 200 },
            { as: 'headB', status: 404 },
          ],
        };
      },
    },
    {
      route: 'POST /api/gps/install-requests/:id/visits',
      prepare: async () => {
        const { f, request: r } = await request();
        return {
          url: `/api/gps/install-requests/${r.id}/visits`,
          body: { version: r.version, vehicleIds: [f.vehicles[0]!.id], appointmentStart: '2026-12-08T01:30:00.000Z' },
          cases: [
            { as: 'headB', status: 404 },
            { as: 'admin', status: 200 },
          ],
        };
      },
    },
    {
      route: 'POST /api/gps/install-requests/:id/vehicles/:vehicleId/fit',
      prepare: async () => {
        // not yet on a visit: the administrator is told so (409); office A's head does not see the request
        const { f, request: r } = await request();
        return {
          url: `/api/gps/install-requests/${r.id}/vehicles/${f.vehicles[0]!.id}/fit`,
          body: { terminalSerial: f.spareTerminals[0]!, simNumber: f.spareSims[0]! },
          cases: [
            { as: 'headA', status: 404 },
            { as: 'admin', status: 409 },
          ],
        };
      },
    },
    {
      route: 'GET /api/gps/install-visits/:id',
      prepare: async () => {
        const { f, request: r } = await request();
        const sent = await f.manager.post(`/api/gps/install-requests/${r.id}/visits`, {
          version: r.version,
          vehicleIds: [f.vehicles[0]!.id],
          appointmentStart: '2026-12-08T01:30:00.000Z',
        });
        return {
          url: `/api/gps/install-visits/${sent.body.vehicles[0].orderId}`,
          cases: [
            { as: 'admin', status: 200 },
            { as: 'cleanerA', status: 404 },
          ],
        };
      },
    },
  ];
};
