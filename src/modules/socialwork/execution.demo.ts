import type { UseCase } from '../../platform/context.js';
import { actAs } from '../../seed/act-as.js';
import { findUserByUsername } from '../identity/user.repo.js';
import * as execution from './execution.service.js';
import * as changes from './execution-changes.service.js';
import * as repo from './project.repo.js';
import type { PlanContent } from './socialwork.types.js';

/**
 * Demo of the execution (A3.4) of 翠竹社区长者关爱计划: the progress plan from its three activities (some done), two
 * staff and two volunteers with their training, two publicity records, a change of the needs approved by 朱督导 and
 * 马主任 (plan v2 in force: visits weekly) and a change approved only by 朱督导 so far, which is not in force.
 * Skipped once the project has a progress plan.
 */
export async function seedSocialworkExecution(ctx: UseCase): Promise<number> {
  const t = ctx.actor.tenantId;
  const project = await ctx.db
    .selectFrom('sw_projects')
    .select('id')
    .where('tenant_id', '=', t)
    .where('title', '=', '翠竹社区长者关爱计划')
    .where('state', '=', 'running')
    .executeTakeFirst();
  if (!project) return 0;
  const id = project.id;
  if (await ctx.db.selectFrom('sw_progress_items').select('id').where('tenant_id', '=', t).where('project_id', '=', id).executeTakeFirst())
    return 0;
  const plan = await repo.planInForce(ctx.db, t, id);
  const linzz = await findUserByUsername(ctx.db, t, 'linzz');
  const husgUser = await findUserByUsername(ctx.db, t, 'husg');
  if (!plan || !linzz || !husgUser) return 0;
  const husg = await actAs(ctx, 'husg');
  const zhudd = await actAs(ctx, 'zhudd');
  const mazr = await actAs(ctx, 'mazr');

  const [visit, group, talk] = plan.content.activities;
  const items = [
    { a: visit!, dueOn: '2026-10-20', doneOn: '2026-10-18' },
    { a: group!, dueOn: '2026-10-28', doneOn: '2026-10-28' },
    { a: talk!, dueOn: '2026-11-15', doneOn: '2026-11-14' },
    { a: visit!, dueOn: '2026-12-10', doneOn: null },
    { a: group!, dueOn: '2026-12-16', doneOn: null },
    { a: talk!, dueOn: '2026-12-20', doneOn: null },
  ];
  for (const i of items) {
    const item = await execution.addProgressItem(husg, id, { title: i.a.title, method: i.a.method, dueOn: i.dueOn, note: null });
    if (i.doneOn) await execution.editProgressItem(husg, item.id, { version: item.version, dueOn: i.dueOn, doneOn: i.doneOn, note: null });
  }

  const staff = { kind: 'staff' as const, name: null, phone: null };
  await execution.addPerson(husg, id, {
    ...staff,
    userId: husgUser.user.id,
    role: '项目执行人',
    training: '项目启动培训：长者个案服务技巧',
    trainedOn: '2026-10-09',
  });
  await execution.addPerson(husg, id, {
    ...staff,
    userId: linzz.user.id,
    role: '活动协调',
    training: '项目启动培训：长者个案服务技巧',
    trainedOn: '2026-10-09',
  });
  const volunteer = {
    kind: 'volunteer' as const,
    userId: null,
    role: '探访志愿者',
    training: '探访礼仪与安全须知（2 学时）',
    trainedOn: '2026-10-12',
  };
  await execution.addPerson(husg, id, { ...volunteer, name: '周丽华', phone: '13800138021' });
  await execution.addPerson(husg, id, { ...volunteer, name: '吴建国', phone: '13800138022' });

  await execution.addPublicity(husg, id, {
    heldOn: '2026-10-10',
    channel: '翠竹社区宣传栏',
    description: '张贴项目海报，介绍入户探访和互助小组的报名方式。',
    reach: 300,
  });
  await execution.addPublicity(husg, id, {
    heldOn: '2026-10-15',
    channel: '社区居民微信群',
    description: '发布长者健康讲座通知及报名二维码。',
    reach: 520,
  });

  const weekly: PlanContent = {
    ...plan.content,
    activities: plan.content.activities.map((a) => (a.method === 'casework' ? { ...a, frequency: '每周 1 次' } : a)),
    frequency: '每月不少于 6 次活动',
  };
  const needs = await changes.requestChange(husg, id, {
    kind: 'needs',
    basePlanId: plan.id,
    reason: '入户探访发现独居长者中失能、半失能者增至 42 人，家属反映每月 2 次探访不足以及时发现风险。',
    changes: '独居长者入户探访频率由每月 2 次调整为每周 1 次；活动总频次相应调整为每月不少于 6 次。',
    newPlan: weekly,
  });
  const bySupervisor = await changes.decideChange(zhudd, needs.id, 'supervisor', {
    version: needs.version,
    decision: 'approved',
    note: '需求变化有探访记录支持，同意调整。',
  });
  await changes.decideChange(mazr, needs.id, 'head', {
    version: bySupervisor.version,
    decision: 'approved',
    note: '同意，人力由站内统筹。',
  });

  const v2 = (await repo.planInForce(ctx.db, t, id))!;
  const phones: PlanContent = {
    ...v2.content,
    activities: [...v2.content.activities, { title: '长者智能手机课堂', method: 'group', frequency: '每月 1 次' }],
    costFen: v2.content.costFen + 300_000,
  };
  const classes = await changes.requestChange(husg, id, {
    kind: 'plan',
    basePlanId: v2.id,
    reason: '互助小组成员希望学习使用智能手机挂号、视频通话，社区志愿者可承担授课。',
    changes: '新增“长者智能手机课堂”小组活动，每月 1 次；成本目标增加 3,000 元。',
    newPlan: phones,
  });
  await changes.decideChange(zhudd, classes.id, 'supervisor', {
    version: classes.version,
    decision: 'approved',
    note: '建议先试点两期再评估。',
  });
  return items.length + 4 + 2 + 2;
}
