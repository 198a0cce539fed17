/** The file bin/guanjia.js runs: the server bundled from src/cli.ts (of the project, or of the folder given). */
export function entryOf(root?: string): string;
export const serverEntry: string;
/** True when the build is missing or any file it was made from differs from when it was made. */
export function serverBuildIsStale(root?: string): boolean;
/** Bundles the server into dist/server (with its manifest of inputs). */
export function buildServer(root?: string): Promise<void>;
/** Builds the server when its build is missing or stale. */
export function ensureServerBuild(): Promise<void>;
