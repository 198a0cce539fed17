import { describe, expect, it } from 'vitest';
import {
  inWarranty,
  isSerial,
  isSimNumber,
  normaliseSerial,
  normaliseSimNumber,
  parseCarrier,
  simStateRefusal,
  terminalMoves,
  warrantyEnd,
} from './register.rules.js';

describe('the GPS register rules', () => {
  it('keeps one spelling of a serial and a SIM number', () => {
    expect(normaliseSerial(' gt06 8612０1 ')).toBe('GT06861201');
    expect(isSerial('GT06-2024-0001')).toBe(true);
    expect(isSerial('A1')).toBe(false);
    expect(normaliseSimNumber('1440 1234 5678')).toBe('144012345678');
    expect(isSimNumber('89860412345678901234')).toBe(true);
    expect(isSimNumber('1440123456789')).toBe(true);
    expect(isSimNumber('12345')).toBe(false);
    expect(parseCarrier('移动')).toBe('cmcc');
    expect(parseCarrier('中国电信')).toBe('ctcc');
    expect(parseCarrier('CUCC')).toBe('cucc');
    expect(parseCarrier('铁通')).toBeNull();
  });

  it('ends a warranty the day before the same date months later, at the month end when it has no such day', () => {
    expect(warrantyEnd('2026-01-15', 12)).toBe('2027-01-14');
    expect(warrantyEnd('2024-03-01', 24)).toBe('2026-02-28');
    expect(warrantyEnd('2025-03-31', 11)).toBe('2026-02-27');
    expect(inWarranty('2027-01-14', '2027-01-14')).toBe(true);
    expect(inWarranty('2027-01-14', '2027-01-15')).toBe(false);
    expect(inWarranty(null, '2026-01-01')).toBe(false);
  });

  it('moves a terminal on and off vehicles with the events of each move', () => {
    expect(terminalMoves(null, null)).toEqual({ state: 'in_stock', moves: [{ event: 'registered', vehicleId: null }] });
    expect(terminalMoves(null, 'v1')?.moves.map((m) => m.event)).toEqual(['registered', 'installed']);
    expect(terminalMoves({ state: 'installed', vehicleId: 'v1' }, 'v2')).toEqual({
      state: 'installed',
      moves: [
        { event: 'removed', vehicleId: 'v1' },
        { event: 'installed', vehicleId: 'v2' },
      ],
    });
    expect(terminalMoves({ state: 'installed', vehicleId: 'v1' }, null)?.state).toBe('in_stock');
    expect(terminalMoves({ state: 'in_repair', vehicleId: null }, 'v1')).toBeNull();
    expect(terminalMoves({ state: 'in_repair', vehicleId: null }, null)).toEqual({ state: 'in_repair', moves: [] });
  });

  it('keeps a SIM card in use exactly while it is fitted', () => {
    expect(simStateRefusal('in_use', true)).toBeNull();
    expect(simStateRefusal('suspended', true)).toBe('sim_state_fitted');
    expect(simStateRefusal('in_use', false)).toBe('sim_state_unfitted');
    expect(simStateRefusal('cancelled', false)).toBeNull();
  });
});
