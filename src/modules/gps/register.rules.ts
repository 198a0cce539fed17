import type { DeviceEventKind, SimState, TerminalState } from './gps.types.js';

/**
 * A terminal's serial number (序列号/IMEI) as the register keeps it: full-width characters made plain, upper case, no
 * spaces (gt06 8612 → GT068612), so the same device is never registered twice in two spellings.
 */
export const normaliseSerial = (raw: string) => raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/** 4–30 letters, digits or dashes: an IMEI (15 digits) or a maker's serial (GT06-2024-0001). */
export const isSerial = (serial: string) => /^[A-Z0-9][A-Z0-9-]{3,29}$/.test(serial);

/** A model code (GT06, VT310): plain, upper case, no spaces. */
export const normaliseModelCode = normaliseSerial;
export const isModelCode = (code: string) => /^[A-Z0-9][A-Z0-9_-]{0,19}$/.test(code);

/** A SIM card's number as kept: digits only (spaces and dashes people type left out). */
export const normaliseSimNumber = (raw: string) => raw.normalize('NFKC').replace(/[\s-]/g, '');

/** An ICCID (19–20 digits, starting 89) or the card's phone number (11–13 digits: IoT numbers run to 13). */
export const isSimNumber = (n: string) => /^89\d{17,18}$/.test(n) || /^1\d{10,12}$/.test(n);

/** The carrier words an import takes (Chinese names, short names or the codes). */
const CARRIER_WORDS: Record<string, 'cmcc' | 'cucc' | 'ctcc'> = {
  移动: 'cmcc',
  中国移动: 'cmcc',
  联通: 'cucc',
  中国联通: 'cucc',
  电信: 'ctcc',
  中国电信: 'ctcc',
  cmcc: 'cmcc',
  cucc: 'cucc',
  ctcc: 'ctcc',
};
export const parseCarrier = (text: string) => CARRIER_WORDS[text.trim().toLowerCase()] ?? CARRIER_WORDS[text.trim()] ?? null;

/** A date `YYYY-MM-DD` that exists. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * The end of a terminal's warranty: the day before the same date `months` later (sold 2026-01-15 with 12 months:
 * covered through 2027-01-14); a month without that day ends on its last day (sold 2025-03-31, 11 months → 2026-02-27).
 */
export function warrantyEnd(soldOn: string, months: number): string {
  const [y, m, d] = soldOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** Whether a terminal is under warranty on `day` (no end: never sold, so not covered). */
export const inWarranty = (end: string | null, day: string) => end !== null && day <= end;

/** A device's move as its history records it (the vehicle it concerns, if any). */
export interface Move {
  event: DeviceEventKind;
  vehicleId: string | null;
}

/**
 * What a change of the register's form moves for a terminal: taken off a vehicle (removed), put on one (installed),
 * or both when it moves from one vehicle to another; and the state that follows (on a vehicle: installed; off it: in
 * stock). A terminal in repair or scrapped is never put on a vehicle from the form (null: refused).
 */
export function terminalMoves(
  before: { state: TerminalState; vehicleId: string | null } | null,
  vehicleId: string | null,
): { state: TerminalState; moves: Move[] } | null {
  const moves: Move[] = before ? [] : [{ event: 'registered', vehicleId: null }];
  const state = before?.state ?? 'in_stock';
  if ((state === 'in_repair' || state === 'scrapped') && vehicleId) return null;
  const was = before?.vehicleId ?? null;
  if (was === vehicleId) return { state: vehicleId ? 'installed' : state, moves };
  if (was) moves.push({ event: 'removed', vehicleId: was });
  if (vehicleId) moves.push({ event: 'installed', vehicleId });
  return { state: vehicleId ? 'installed' : state === 'installed' ? 'in_stock' : state, moves };
}

/**
 * Which states a SIM card may be set to from the register: in use exactly while fitted in a terminal; off one, in
 * stock, suspended (停机) or cancelled (销户). Returns the refusal code, or null.
 */
export function simStateRefusal(state: SimState, fitted: boolean): 'sim_state_fitted' | 'sim_state_unfitted' | null {
  if (fitted && state !== 'in_use') return 'sim_state_fitted';
  if (!fitted && state === 'in_use') return 'sim_state_unfitted';
  return null;
}

/** Whether a SIM card may be fitted into a terminal: only a card in stock (a suspended or cancelled one is not). */
export const simFittable = (state: SimState) => state === 'in_stock';
