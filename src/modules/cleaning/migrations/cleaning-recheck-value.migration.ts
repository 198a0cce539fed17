import type { Kysely, Migration } from 'kysely';

/**
 * A re-check of a numeric check (烟头 per 100 m²) keeps the count it found: a failed re-check is the next round's
 * finding, shown as that round's own (it showed the first round's count, note and photos instead).
 */
export const cleaningRecheckValue: Record<string, Migration> = {
  '2026120750_cleaning_recheck_value': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('cleaning_rectifications').addColumn('recheck_value', 'integer').execute();
    },
  },
};
