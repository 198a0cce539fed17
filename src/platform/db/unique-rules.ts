import type { Kysely } from 'kysely';
import { DomainError, type ErrorKind } from '../http/errors.js';
import { type Engine, violatedUniqueIndex } from './dialect.js';
import type { Database } from './schema.js';

/**
 * What a unique index that guards a business rule means when a write runs into it: usually that
 * someone else did the same thing first. Services check the rule before writing; the index is the last
 * guard against a concurrent writer (on PostgreSQL two transactions pass the check together), and this
 * answer is what the caller then gets instead of a 500.
 */
export interface UniqueRule {
  /** The index (or `<table>_pk` primary key) as named in the migration. */
  index: string;
  kind: Extract<ErrorKind, 'conflict' | 'unprocessable'>;
  code: string;
  /** The request field the clash is about, when there is one. */
  field?: string;
  message: string;
}

export type UniqueRules = ReadonlyMap<string, UniqueRule>;

/** Indexes the table by index name; an index listed twice is a programming error. */
export function uniqueRules(rules: readonly UniqueRule[]): UniqueRules {
  const out = new Map<string, UniqueRule>();
  for (const rule of rules) {
    if (out.has(rule.index)) throw new Error(`unique index ${rule.index} is listed twice`);
    out.set(rule.index, rule);
  }
  return out;
}

/** The refusal a unique violation stands for, or the error itself when it is not one the table knows. */
export async function explainUniqueViolation(
  deps: { db: Kysely<Database>; engine: Engine; uniqueRules: UniqueRules },
  error: unknown,
): Promise<unknown> {
  const index = await violatedUniqueIndex(deps.db, deps.engine, error);
  const rule = index === null ? undefined : deps.uniqueRules.get(index);
  if (!rule) return error;
  return new DomainError(
    rule.kind,
    rule.code,
    rule.message,
    rule.field ? [{ field: rule.field, code: rule.code, message: rule.message }] : [],
  );
}
