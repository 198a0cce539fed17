// Writes audited changes as fast as it can until it is killed: the crash test's victim.

import { createOrg } from '../../src/modules/orgs/org.service.js';
import { createTenant } from '../../src/modules/tenants/tenant.service.js';
import { loadConfig } from '../../src/platform/config.js';
import { systemActor } from '../../src/platform/context.js';
import { openRuntime } from '../../src/runtime.js';

const runtime = await openRuntime(loadConfig({ GUANJIA_DATA_DIR: process.argv[2] }));
const tenant = await createTenant(runtime.deps, { code: 'crash', name: '崩溃测试', rootName: '总部', rootCode: 'hq' });
const ctx = { ...runtime.deps, actor: systemActor(tenant.id), requestId: null };
for (let i = 0; ; i++) {
  await createOrg(ctx, { parentId: tenant.rootId, kind: 'company', name: `公司${i}` });
  if (i === 20) process.stdout.write('writing\n');
}
