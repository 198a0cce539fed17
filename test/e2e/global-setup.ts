import type { TestProject } from 'vitest/node';
import { startServer } from './support/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The server's data folder (its SQLite file), for a test that must write what another part's screens would. */
    dataDir: string;
  }
}

/** One real server for the whole run: `guanjia serve --demo` on a fresh database and a free port. */
export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('baseURL', server.url);
  project.provide('dataDir', server.dataDir);
  return () => server.stop();
}
