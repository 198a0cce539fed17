// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a person sees (textContent would include hidden text)
import { describe, expect, it } from 'vitest';
import { expectAccessible, menuItems, signIn, useBrowser } from './support/session.js';

describe('the menu follows what the server allows each role', () => {
  const s = useBrowser();

  it('gives the system administrator every administration page', async () => {
    await signIn(s, 'admin');
    // Later modules add their own entries; these are the administration ones.
    expect(await menuItems(s)).toEqual(expect.arrayContaining(['首页', '组织架构', '用户管理', '角色权限', '制度参数']));
    expect(await s.page.getByRole('button', { name: '新建用户' }).count()).toBe(0);
    // entries stand in groups by domain, each a list named by its heading
    const nav = s.page.getByRole('navigation', { name: '主菜单' });
    for (const group of ['工单与服务', 'GPS售后', '物业收费', '收费与票据', '质量与回访', '保洁质量', '社区工作站', '合规', '系统管理'])
      await nav.getByRole('button', { name: group }).waitFor();
    const admin = nav.getByRole('list', { name: '系统管理' });
    expect(await admin.getByRole('link').allInnerTexts()).toEqual(['组织架构', '用户管理', '角色权限', '制度参数', '定时任务', '工作日历']);
    expect(await nav.getByRole('list', { name: '收费与票据' }).getByRole('link').allInnerTexts()).toEqual([
      '收据本',
      '收据',
      '在手现金',
      '上缴',
      '对账',
    ]);
    expect(await nav.getByRole('list', { name: '物业收费' }).getByRole('link').allInnerTexts()).toEqual([
      '前台收费',
      '账单',
      '银行托收',
      '欠费催缴',
      '收缴率',
      '收费标准',
      '收费项目',
      '车场车辆',
      '停车收费标准',
      '停车记录',
      '门岗登记',
      '待收停车费',
      '停车日报',
    ]);
    expect(await nav.getByRole('list', { name: 'GPS售后' }).getByRole('link').allInnerTexts()).toEqual([
      '安装需求单',
      '客户档案',
      '车辆',
      '终端',
      'SIM卡',
      '产品型号',
    ]);
    expect(await nav.getByRole('list', { name: '质量与回访' }).getByRole('link').allInnerTexts()).toEqual([
      '回访',
      '满意率',
      '服务时效',
      '客户意见',
      '意见统计',
    ]);
    // cleaning quality (篇六 A6): the daily work first, then its set-up, then the month's scores
    expect(await nav.getByRole('list', { name: '保洁质量' }).getByRole('link').allInnerTexts()).toEqual([
      '保洁检查',
      '整改',
      '保洁标准',
      '检查计划',
      '保洁评分',
    ]);
    // the community workstation (篇一 A1): in the order of the regulation's clauses
    expect(await nav.getByRole('list', { name: '社区工作站' }).getByRole('link').allInnerTexts()).toEqual([
      '学习培训',
      '工作例会',
      '请示报告',
      '突发事件',
      '资料台帐',
      '值班备勤',
      '考核奖惩',
    ]);
    await expectAccessible(s, 'the grouped menu');
    // a group folds away, and the choice survives a reload; the page's own group never hides its link
    await nav.getByRole('button', { name: '收费与票据' }).click();
    expect(await nav.getByRole('button', { name: '收费与票据' }).getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: '收据本' }).count()).toBe(0);
    await s.page.reload();
    await s.page.locator('main h1').first().waitFor();
    expect(await nav.getByRole('link', { name: '收据本' }).count()).toBe(0);
    await nav.getByRole('button', { name: '收费与票据' }).click();
    await nav.getByRole('link', { name: '收据本' }).waitFor();
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用户管理' }).click();
    await s.page.getByRole('button', { name: '新建用户' }).waitFor();
  });

  it('lets an office head read users but not create them', async () => {
    await signIn(s, 'wangfang');
    const items = await menuItems(s);
    expect(items).toContain('用户管理');
    // customer feedback (A4.5) stands with the callbacks under quality, after them
    const quality = s.page.getByRole('navigation', { name: '主菜单' }).getByRole('list', { name: '质量与回访' });
    expect(await quality.getByRole('link').allInnerTexts()).toEqual(['回访', '满意率', '服务时效', '客户意见', '意见统计']);
    await s.page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '用户管理' }).click();
    await s.page.getByRole('link', { name: '王芳' }).waitFor();
    expect(await s.page.getByRole('button', { name: '新建用户' }).count()).toBe(0);
    await s.page.getByRole('link', { name: '陈静' }).click();
    await s.page.getByRole('button', { name: '历史记录' }).waitFor();
    for (const action of ['编辑', '重置密码', '停用', '授予角色', '撤销']) {
      expect(await s.page.getByRole('button', { name: action, exact: true }).count(), action).toBe(0);
    }
  });

  it('shows a cleaner no user or role administration, and refuses it by address too', async () => {
    await signIn(s, 'sunxy');
    const items = await menuItems(s);
    // a cleaner's few entries: her tasks under orders & service, her cash under fees; no group she has nothing in
    const nav = s.page.getByRole('navigation', { name: '主菜单' });
    expect(await nav.getByRole('list', { name: '工单与服务' }).getByRole('link').allInnerTexts()).toEqual(['我的任务']);
    expect(await nav.getByRole('list', { name: '收费与票据' }).getByRole('link').allInnerTexts()).toEqual(['在手现金']);
    const groups = await nav.getByRole('button').allInnerTexts();
    expect(groups).toContain('工单与服务');
    expect(groups).not.toContain('质量与回访');
    expect(groups).not.toContain('合规');
    expect(items).not.toContain('用户管理');
    expect(items).not.toContain('角色权限');
    expect(items).toContain('首页');
    await s.page.goto(`${s.baseURL}/users`);
    await expect.poll(() => s.page.locator('main').innerText()).toContain('没有权限');
    await expectAccessible(s, 'the not-allowed page');
  });

  it('offers a cashier the property fees only in an office: not in the GPS department nor the health centre', async () => {
    const nav = s.page.getByRole('navigation', { name: '主菜单' });
    const groupsOf = async (user: string) => {
      await signIn(s, user);
      await nav.getByRole('list', { name: '收费与票据' }).waitFor();
      return nav.getByRole('button').allInnerTexts();
    };
    expect(await groupsOf('chenjing')).toContain('物业收费');
    expect(await nav.getByRole('list', { name: '物业收费' }).getByRole('link').allInnerTexts()).toContain('前台收费');
    for (const user of ['songcn', 'wusf']) {
      expect(await groupsOf(user), user).not.toContain('物业收费');
      const items = await menuItems(s);
      for (const entry of ['前台收费', '账单', '房屋档案', '车场车辆', '特约服务协议'])
        expect(items, `${user}: ${entry}`).not.toContain(entry);
      expect(items, user).toEqual(expect.arrayContaining(['收据', '在手现金']));
    }
    // the centre posts its infusion fees; the GPS department posts no price list
    expect(await menuItems(s)).toContain('价目表');
    await signIn(s, 'songcn');
    await nav.getByRole('list', { name: '收费与票据' }).waitFor();
    expect(await menuItems(s)).not.toContain('价目表');
  });
});
