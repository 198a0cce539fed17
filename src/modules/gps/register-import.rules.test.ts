import { describe, expect, it } from 'vitest';
import { checkRegisterImport, type RegisterFacts } from './register-import.rules.js';

const facts: RegisterFacts = {
  customers: new Map([['顺达物流有限公司', 'c1']]),
  vehicles: new Map([
    ['粤B3K721', { id: 'v1', here: true }],
    ['粤B0000X', { id: 'v9', here: false }],
  ]),
  products: new Map([
    ['GT06', { id: 'p1', active: true }],
    ['OLD1', { id: 'p2', active: false }],
  ]),
  terminals: new Map([
    ['T-0001', { id: 't1', state: 'installed' as const, here: true }],
    ['T-0009', { id: 't9', state: 'in_repair' as const, here: true }],
  ]),
  sims: new Map([
    ['1440000000001', { id: 's1', terminalId: 't1', inStock: false, here: true }],
    ['1440000000002', { id: 's2', terminalId: null, inStock: true, here: true }],
    ['1440000000003', { id: 's3', terminalId: null, inStock: false, here: true }],
  ]),
};
const customer = { name: '新客户', kind: '车队', contact: '', phone: '13900000000', address: '', note: '' };
const vehicle = { plate: '粤B12345', customer: '新客户', model: '', driver: '', driverPhone: '' };
const terminal = { serial: 't-0002', model: 'gt06', plate: '', sim: '', carrier: '', soldOn: '', warrantyEnd: '' };

describe('the GPS register import', () => {
  it('plans rows that refer to each other in the file and to the register', () => {
    const { errors, plan } = checkRegisterImport(
      {
        customers: [{ row: 2, ...customer }],
        vehicles: [{ row: 2, ...vehicle }],
        terminals: [
          { row: 2, ...terminal, plate: '粤b12345', sim: '1440 0000 00002' },
          { row: 3, ...terminal, serial: 'T-0001', plate: '粤B3K721', sim: '1440000000001' },
          { row: 4, ...terminal, serial: 'T-0003', sim: '89860000000000000001', carrier: '电信' },
        ],
      },
      facts,
    );
    expect(errors).toEqual([]);
    expect(plan.customers[0]).toMatchObject({ name: '新客户', kind: 'fleet' });
    expect(plan.terminals.map((t) => [t.serial, t.productId, t.plate, t.sim])).toEqual([
      ['T-0002', 'p1', '粤B12345', { number: '1440000000002', carrier: null }],
      ['T-0001', 'p1', '粤B3K721', { number: '1440000000001', carrier: null }],
      ['T-0003', 'p1', null, { number: '89860000000000000001', carrier: 'ctcc' }],
    ]);
  });

  it('names every bad cell by sheet, row and column', () => {
    const { errors, plan } = checkRegisterImport(
      {
        customers: [
          { row: 2, ...customer, kind: '外星' },
          { row: 3, ...customer, phone: '' },
        ],
        vehicles: [
          { row: 2, ...vehicle, plate: '粤B0000X' },
          { row: 3, ...vehicle, customer: '谁' },
        ],
        terminals: [
          { row: 2, ...terminal, model: 'OLD1' },
          { row: 3, ...terminal, serial: 'T-0009', plate: '粤B3K721' },
          { row: 4, ...terminal, serial: 'T-0004', sim: '1440000000003' },
          { row: 5, ...terminal, serial: 'T-0005', sim: '1440000000009' },
          { row: 6, ...terminal, serial: 'T-0006', soldOn: '2026-02-30' },
        ],
      },
      facts,
    );
    expect(errors.map((e) => `${e.field} ${e.code}`)).toEqual([
      'customers.2.kind gps_import.kind_invalid',
      'customers.3.name gps_import.duplicate',
      'customers.3.phone gps_import.phone_invalid',
      'vehicles.2.plate gps_import.plate_elsewhere',
      'vehicles.3.customer gps_import.unknown_customer',
      'terminals.2.model gps_import.unknown_model',
      'terminals.3.plate gps_import.terminal_not_in_stock',
      'terminals.4.sim gps_import.sim_in_use',
      'terminals.5.carrier gps_import.carrier_required',
      'terminals.6.soldOn gps_import.date_invalid',
    ]);
    expect(plan.terminals).toHaveLength(0);
  });

  it('refuses an empty file', () => {
    expect(checkRegisterImport({ customers: [], vehicles: [], terminals: [] }, facts).errors[0]?.code).toBe('gps_import.empty');
  });
});
