import { describe } from 'vitest';
import { everyPageOf } from './support/every-page.js';
import { useBrowser } from './support/session.js';

// The administrator, the company, the property offices and their money (the health centre, the social-work centre and
// the GPS department are in every-page-centres.e2e.ts, so the two files run in two lanes).
describe('every page of the property offices’ roles', () => {
  const s = useBrowser();
  everyPageOf(s, [
    'admin',
    'zhangjg',
    'wangfang',
    'zhaolei',
    'chenjing',
    'zhoumin',
    'liuyang',
    'sunxy',
    'wusf',
    'songcn',
    'wuqiang',
    'zhaogang',
    'lijun',
  ]);
});
