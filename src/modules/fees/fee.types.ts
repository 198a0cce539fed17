import type { Occupancy, UnitUse } from '../estates/estate.types.js';

/** 按面积 / 按户: a standard charges per m² of a unit's 建筑面积 a month, or a fixed amount per unit a month. */
export const FEE_BASES = ['per_area', 'per_unit'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

/**
 * A standard's life (A2.3): the office drafts and submits it, the HQ business department reviews it (pass or
 * return with a reason), the general manager approves it (or returns it); only an approved standard bills.
 */
export const STANDARD_STATES = ['draft', 'submitted', 'reviewed', 'approved', 'returned'] as const;
export type StandardState = (typeof STANDARD_STATES)[number];

/** `*` in a rate row matches every use or occupancy; the most specific row wins. */
export type RateUse = UnitUse | '*';
export type RateOccupancy = Occupancy | '*';

export interface StandardRate {
  use: RateUse;
  occupancy: RateOccupancy;
  /** Fen per m² a month (`per_area`) or fen per unit a month (`per_unit`). */
  rateFen: number;
}

/** 收费项目: what an office charges monthly (物业管理费, 公摊水电费, 垃圾清运费…). */
export interface FeeItem {
  id: string;
  code: string;
  name: string;
  active: boolean;
  version: number;
}

/**
 * Fee items another module prices and bills itself, month by month, through `item-bill.service.ts` (停车月卡费: each
 * parking pass bills its unit for its months at the approved parking standard's price). Their bills are filed under a
 * filing standard the fees module makes; an ordinary standard for one would bill every unit of the estate monthly, so
 * none may be drafted, submitted or approved (`fee_item.priced_elsewhere`).
 */
export const ITEMS_PRICED_ELSEWHERE = { parking_pass: '停车月卡费' } as const;
export type ItemPricedElsewhere = keyof typeof ITEMS_PRICED_ELSEWHERE;

/** Whether the item of `code` is billed by another module (no ordinary standard). */
export const isPricedElsewhere = (code: string): boolean => Object.hasOwn(ITEMS_PRICED_ELSEWHERE, code);

/** 收费标准: one item's rule for one estate, in force from a month until a later approved standard replaces it. */
export interface FeeStandard {
  id: string;
  officeId: string;
  estateId: string;
  itemId: string;
  basis: FeeBasis;
  /** The first month it bills, `YYYY-MM`: never earlier than the month it is approved in (not retroactive). */
  effectiveMonth: string;
  rates: StandardRate[];
  note: string;
  state: StandardState;
  version: number;
}

/** 账单: one unit, one item, one month (unique), never edited; reductions and corrections are adjustments. */
export const BILL_STATES = ['open', 'paid'] as const;
export type BillState = (typeof BILL_STATES)[number];

/** A bill run (月度计费) of one estate and month: resumable, its progress shown while it runs. */
export const BILL_RUN_STATES = ['running', 'done', 'failed'] as const;
export type BillRunState = (typeof BILL_RUN_STATES)[number];

/** 减免 / 更正: a signed amount with a reason, approved by the office head before it changes what is due. */
export const ADJUSTMENT_STATES = ['pending', 'approved', 'rejected'] as const;
export type AdjustmentState = (typeof ADJUSTMENT_STATES)[number];

/** 托收协议: a unit's bank debit mandate. */
export const MANDATE_STATES = ['active', 'cancelled'] as const;
export type MandateState = (typeof MANDATE_STATES)[number];

/** A bank collection batch: exported to the bank, then its return file (回盘文件) imported. */
export const BANK_BATCH_STATES = ['exported', 'returned'] as const;
export type BankBatchState = (typeof BANK_BATCH_STATES)[number];

export const BANK_LINE_STATES = ['pending', 'paid', 'failed'] as const;
export type BankLineState = (typeof BANK_LINE_STATES)[number];
