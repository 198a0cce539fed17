import { type Kysely, type Migration, type MigrationResult, Migrator } from 'kysely';
import type { Engine } from './dialect.js';
import type { Database } from './schema.js';

/** A module's migrations, named `YYYYMMDDNN_<module>_<what>` so their order is global. */
export type MigrationSet = (engine: Engine) => Record<string, Migration>;

export class MigrationError extends Error {}

export async function migrateToLatest(db: Kysely<Database>, engine: Engine, sets: MigrationSet[]): Promise<MigrationResult[]> {
  const all: Record<string, Migration> = {};
  for (const set of sets) {
    for (const [name, migration] of Object.entries(set(engine))) {
      if (all[name]) throw new MigrationError(`two migrations are named ${name}`);
      all[name] = migration;
    }
  }
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => all },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // the names in code-point order, as Kysely sorts the migrations it is given (its default, localeCompare, made
    // every server's start map ICU's data and collation: the first Intl use of a process maps about 6 MB)
    nameComparator: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new MigrationError(`migration ${failed?.migrationName ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return results ?? [];
}
