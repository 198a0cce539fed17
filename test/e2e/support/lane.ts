import { inject } from 'vitest';

/** A demo server of the run: its address and data folder (the SQLite file, for records no screen makes yet). */
export interface LaneServer {
  baseURL: string;
  dataDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** One server per lane, in lane order (global-setup.ts). */
    servers: LaneServer[];
  }
}

/**
 * The server of the lane running this file. A lane is a test worker (VITEST_POOL_ID, 1 to the number of lanes), which
 * takes the next file whenever it finishes one and keeps its server, its Chromium and its signed-in users throughout.
 */
export function laneServer(): LaneServer {
  const servers = inject('servers');
  const lane = Number(process.env.VITEST_POOL_ID);
  const server = servers[lane - 1];
  if (!server) throw new Error(`no server for lane ${process.env.VITEST_POOL_ID} of ${servers.length}`);
  return server;
}
