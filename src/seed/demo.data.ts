import type { BuiltinRoleCode } from '../platform/authz/permissions.js';
import type { OrgKind } from '../platform/db/schema.js';

/** The demo tenant: a property group with two offices, a health centre, a social-work centre, a GPS department. */
export const DEMO_TENANT = { code: 'demo', name: '安居集团（演示）', rootName: '安居集团总部', rootCode: 'hq' };

export const DEMO_ORGS: { code: string; parent: string; kind: OrgKind; name: string }[] = [
  { code: 'pm', parent: 'hq', kind: 'company', name: '安居物业管理有限公司' },
  { code: 'office-a', parent: 'pm', kind: 'office', name: '翠竹园管理处' },
  { code: 'office-a-cs', parent: 'office-a', kind: 'department', name: '翠竹园客户服务部' },
  { code: 'office-a-sec', parent: 'office-a', kind: 'department', name: '翠竹园保安部' },
  { code: 'office-a-env', parent: 'office-a', kind: 'department', name: '翠竹园环境部' },
  { code: 'office-b', parent: 'pm', kind: 'office', name: '金色家园管理处' },
  { code: 'office-b-cs', parent: 'office-b', kind: 'department', name: '金色家园客户服务部' },
  { code: 'office-b-sec', parent: 'office-b', kind: 'department', name: '金色家园保安部' },
  { code: 'office-b-env', parent: 'office-b', kind: 'department', name: '金色家园环境部' },
  { code: 'pm-finance', parent: 'pm', kind: 'department', name: '物业公司财务部' },
  { code: 'gps', parent: 'pm', kind: 'department', name: 'GPS事业部' },
  { code: 'chc', parent: 'hq', kind: 'centre', name: '安居社区卫生服务中心' },
  { code: 'chc-s1', parent: 'chc', kind: 'station', name: '翠竹社区卫生服务站' },
  { code: 'sw', parent: 'hq', kind: 'centre', name: '安居社会工作服务中心' },
  { code: 'sw-s1', parent: 'sw', kind: 'station', name: '翠竹社会服务管理工作站' },
];

/** `grantAt` (default: the user's own node) is where the role holds: supervisors work for the whole office. */
export const DEMO_USERS: { username: string; name: string; phone: string; org: string; role: BuiltinRoleCode; grantAt?: string }[] = [
  { username: 'admin', name: '系统管理员', phone: '13800000000', org: 'hq', role: 'system_admin' },
  { username: 'zhangjg', name: '张建国', phone: '13800000001', org: 'hq', role: 'general_manager' },
  { username: 'liyw', name: '李业务', phone: '13800000002', org: 'hq', role: 'hq_business' },
  { username: 'wangfang', name: '王芳', phone: '13800000011', org: 'office-a', role: 'office_head' },
  { username: 'chenjing', name: '陈静', phone: '13800000012', org: 'office-a', role: 'cashier' },
  { username: 'liuyang', name: '刘洋', phone: '13800000013', org: 'office-a-env', role: 'environment_supervisor', grantAt: 'office-a' },
  { username: 'sunxy', name: '孙秀英', phone: '13800000014', org: 'office-a-env', role: 'cleaner' },
  { username: 'zhoumin', name: '周敏', phone: '13800000015', org: 'office-a-cs', role: 'customer_service_supervisor', grantAt: 'office-a' },
  { username: 'wuqiang', name: '吴强', phone: '13800000016', org: 'office-a-sec', role: 'department_manager', grantAt: 'office-a' },
  { username: 'lijun', name: '李军', phone: '13800000017', org: 'office-a-sec', role: 'security_supervisor', grantAt: 'office-a' },
  { username: 'zhaogang', name: '赵刚', phone: '13800000018', org: 'office-a-sec', role: 'security_guard', grantAt: 'office-a' },
  { username: 'zhaolei', name: '赵磊', phone: '13800000021', org: 'office-b', role: 'office_head' },
  { username: 'huangli', name: '黄丽', phone: '13800000022', org: 'office-b', role: 'cashier' },
  { username: 'zhengkj', name: '郑会计', phone: '13800000031', org: 'pm-finance', role: 'finance_custodian', grantAt: 'pm' },
  { username: 'qianwei', name: '钱伟', phone: '13800000041', org: 'gps', role: 'gps_manager' },
  { username: 'fengsf', name: '冯师傅', phone: '13800000042', org: 'gps', role: 'technician' },
  // the GPS department's cashier: takes the technicians' cash on their return and remits it to finance (A4.4.9)
  { username: 'songcn', name: '宋出纳', phone: '13800000043', org: 'gps', role: 'cashier' },
  { username: 'heys', name: '何医生', phone: '13800000051', org: 'chc', role: 'physician' },
  { username: 'xuhs', name: '许护士', phone: '13800000052', org: 'chc-s1', role: 'nurse' },
  { username: 'hanyj', name: '韩药师', phone: '13800000053', org: 'chc', role: 'pharmacist' },
  // the centre's head: reviews the physicians' overrides of excluded drugs (A5.3)
  { username: 'luzr', name: '陆主任', phone: '13800000054', org: 'chc', role: 'health_centre_head' },
  { username: 'zhouhs', name: '周护士', phone: '13800000055', org: 'chc', role: 'nurse' },
  // the centre's cashier: takes the visits' fees with a receipt from the centre's own books (A5.7)
  { username: 'wusf', name: '吴收费', phone: '13800000056', org: 'chc', role: 'cashier' },
  // the centre's finance custodian: the property company's (zhengkj, at pm) does not reach a centre under HQ
  { username: 'cuikj', name: '崔会计', phone: '13800000057', org: 'chc', role: 'finance_custodian' },
  { username: 'mazr', name: '马主任', phone: '13800000061', org: 'sw', role: 'organisation_head' },
  { username: 'zhudd', name: '朱督导', phone: '13800000062', org: 'sw', role: 'project_supervisor' },
  { username: 'husg', name: '胡社工', phone: '13800000063', org: 'sw-s1', role: 'social_worker' },
  { username: 'linzz', name: '林站长', phone: '13800000064', org: 'sw-s1', role: 'station_head' },
  { username: 'gaozb', name: '高值班', phone: '13800000065', org: 'sw-s1', role: 'duty_staff' },
];
