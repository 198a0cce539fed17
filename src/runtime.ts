import path from 'node:path';
import { MODULES } from './modules/index.js';
import { syncAllTenants } from './modules/tenants/tenant.service.js';
import { FolderBlobStore } from './platform/blobs.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { Config } from './platform/config.js';
import type { AppDeps } from './platform/context.js';
import { connect, type DbHandle } from './platform/db/connect.js';
import { migrateToLatest } from './platform/db/migrator.js';
import { uniqueRules } from './platform/db/unique-rules.js';
import { buildApp } from './platform/http/app.js';

export interface Runtime {
  deps: AppDeps;
  handle: DbHandle;
  close(): Promise<void>;
}

/** Opens the configured database, applies every module's migrations and syncs built-in roles. */
export async function openRuntime(
  config: Config,
  options: { clock?: Clock; sqliteFile?: string; checkpointInWorker?: boolean } = {},
): Promise<Runtime> {
  const handle = connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteFile: options.sqliteFile,
    checkpointInWorker: options.checkpointInWorker ?? false,
  });
  try {
    await migrateToLatest(handle.db, handle.engine, [...MODULES.migrations]);
    const blobs = new FolderBlobStore(path.join(config.dataDir, 'blobs'));
    const deps: AppDeps = {
      db: handle.db,
      engine: handle.engine,
      clock: options.clock ?? systemClock,
      config,
      blobs,
      uniqueRules: uniqueRules(MODULES.uniqueRules),
      modules: MODULES,
    };
    await syncAllTenants(deps);
    return {
      deps,
      handle,
      close: async () => {
        await handle.close();
        await blobs.close();
      },
    };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

export async function createApp(
  runtime: Runtime,
  options: Pick<Parameters<typeof buildApp>[0], 'logger' | 'web' | 'disableRequestLogging' | 'onAnswered'> = {},
) {
  return buildApp({ ...options, deps: runtime.deps, logger: options.logger ?? false });
}
