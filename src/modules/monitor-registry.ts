import type { Monitor } from '../platform/monitors/monitor.types.js';
import { agreementMonitors } from './agreements/agreement.monitors.js';
import { callbackMonitors } from './callbacks/callback.monitors.js';
import { custodyMonitors } from './money/custody.monitors.js';
import { moneyMonitors } from './money/money.monitors.js';
import { orderMonitors } from './orders/order.monitors.js';

/** Every registered monitor (X5). A module that checks a clause adds its monitors here. */
export const MONITORS: Monitor[] = [...moneyMonitors, ...custodyMonitors, ...orderMonitors, ...callbackMonitors, ...agreementMonitors];
