import type { TestProject } from 'vitest/node';
import type { LaneServer } from './support/lane.js';
import { startServer } from './support/server.js';

/**
 * One real server per lane: `guanjia serve --demo`, each on a fresh database and a free port, started side by side.
 * A lane's files share its server (support/lane.ts).
 */
export default async function setup(project: TestProject) {
  const lanes = Math.max(1, Number(project.config.maxWorkers) || 1);
  const started = await Promise.allSettled(Array.from({ length: lanes }, () => startServer()));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const stop = () => Promise.all(servers.map((s) => s.stop()));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  project.provide(
    'servers',
    servers.map((s): LaneServer => ({ baseURL: s.url, dataDir: s.dataDir })),
  );
  return stop;
}
