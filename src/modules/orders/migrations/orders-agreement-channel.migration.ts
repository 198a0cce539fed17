import { type Kysely, type Migration, sql } from 'kysely';

/**
 * An agreement's visits were made with the channel 来访 (walk-in), as if the owner had come in that day: they are
 * planned by the agreement (A7.4.9). The visits made so far take the channel `agreement` that new ones are made with.
 */
export const ordersAgreementChannel: Record<string, Migration> = {
  '2026120731_orders_agreement_channel': {
    async up(db: Kysely<unknown>) {
      await sql`update orders set channel = 'agreement' where agreement_id is not null and channel = 'walk_in'`.execute(db);
    },
  },
};
