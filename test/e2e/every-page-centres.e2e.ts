import { describe } from 'vitest';
import { everyPageOf } from './support/every-page.js';
import { useBrowser } from './support/session.js';

// The GPS department, the health centre and the social-work centre (the property offices' roles are in
// every-page-offices.e2e.ts).
describe('every page of the GPS department’s and the centres’ roles', () => {
  const s = useBrowser();
  everyPageOf(s, [
    'liyw',
    'huangli',
    'qianwei',
    'fengsf',
    'cuikj',
    'zhengkj',
    'luzr',
    'heys',
    'xuhs',
    'zhouhs',
    'hanyj',
    'mazr',
    'linzz',
    'husg',
    'gaozb',
    'zhudd',
  ]);
});
