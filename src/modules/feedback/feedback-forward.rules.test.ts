import { describe, expect, it } from 'vitest';
import { companyOf, forwardTargets, type TreeNode } from './feedback-forward.rules.js';

const node = (id: string, parent: string | null, kind: string, name: string, path: string): TreeNode => ({
  id,
  parentId: parent,
  kind,
  name,
  path,
});
// 安居物业 with an office and its departments, finance and the GPS department at the company
const hq = node('hq', null, 'hq', '安居集团总部', '/hq/');
const pm = node('pm', 'hq', 'company', '安居物业管理有限公司', '/hq/pm/');
const office = node('a', 'pm', 'office', '翠竹园管理处', '/hq/pm/a/');
const env = node('a-env', 'a', 'department', '翠竹园环境部', '/hq/pm/a/a-env/');
const cs = node('a-cs', 'a', 'department', '翠竹园客户服务部', '/hq/pm/a/a-cs/');
const finance = node('fin', 'pm', 'department', '物业公司财务部', '/hq/pm/fin/');
const gps = node('gps', 'pm', 'department', 'GPS事业部', '/hq/pm/gps/');
const company = [pm, office, cs, env, finance, gps];
const answerers = [
  { displayName: '刘洋', homePath: env.path, grantPath: office.path },
  { displayName: '钱伟', homePath: gps.path, grantPath: gps.path },
  // the administrator answers anywhere, but works at HQ: no department of the company is his
  { displayName: '系统管理员', homePath: hq.path, grantPath: hq.path },
];

describe('where a customer’s feedback may be forwarded (A4.5 相关部门)', () => {
  it('belongs to the nearest company or centre, else the root', () => {
    expect(companyOf([hq, pm, gps])).toBe(pm);
    expect(companyOf([hq, pm, office, env])).toBe(pm);
    expect(companyOf([hq])).toBe(hq);
  });

  it('offers the GPS department every other department of its company, which it does not see, with who answers each', () => {
    expect(forwardTargets(gps, company, answerers)).toEqual([
      { id: 'a-cs', name: '翠竹园客户服务部', unitName: '翠竹园管理处', own: false, answerers: [] },
      { id: 'a-env', name: '翠竹园环境部', unitName: '翠竹园管理处', own: false, answerers: ['刘洋'] },
      { id: 'fin', name: '物业公司财务部', unitName: '安居物业管理有限公司', own: false, answerers: [] },
    ]);
  });

  it('offers an office its own departments first, then the company’s', () => {
    expect(forwardTargets(office, company, answerers).map((t) => [t.id, t.own])).toEqual([
      ['a-cs', true],
      ['a-env', true],
      ['fin', false],
      ['gps', false],
    ]);
  });
});
