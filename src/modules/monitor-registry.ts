import type { Monitor } from '../platform/monitors/monitor.types.js';

/** Every registered monitor (X5). A module that checks a clause adds its monitors here. */
export const MONITORS: Monitor[] = [];
