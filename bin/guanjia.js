#!/usr/bin/env node
// Runs the server's build (dist/server/guanjia.js), made from the TypeScript sources by esbuild on the first
// start and again whenever a source changed (scripts/build-server.mjs). `npm run dev` runs the sources through tsx.
import { pathToFileURL } from 'node:url';
import { ensureServerBuild, serverEntry } from '../scripts/build-server.mjs';

await ensureServerBuild();
await import(pathToFileURL(serverEntry).href);
