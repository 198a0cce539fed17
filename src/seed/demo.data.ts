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
  { username: 'zhaolei', name: '赵磊', phone: '13800000021', org: 'office-b', role: 'office_head' },
  { username: 'huangli', name: '黄丽', phone: '13800000022', org: 'office-b', role: 'cashier' },
  { username: 'zhengkj', name: '郑会计', phone: '13800000031', org: 'pm-finance', role: 'finance_custodian', grantAt: 'pm' },
  { username: 'qianwei', name: '钱伟', phone: '13800000041', org: 'gps', role: 'gps_manager' },
  { username: 'fengsf', name: '冯师傅', phone: '13800000042', org: 'gps', role: 'technician' },
  { username: 'heys', name: '何医生', phone: '13800000051', org: 'chc', role: 'physician' },
  { username: 'xuhs', name: '许护士', phone: '13800000052', org: 'chc-s1', role: 'nurse' },
  { username: 'hanyj', name: '韩药师', phone: '13800000053', org: 'chc', role: 'pharmacist' },
  { username: 'mazr', name: '马主任', phone: '13800000061', org: 'sw', role: 'organisation_head' },
  { username: 'zhudd', name: '朱督导', phone: '13800000062', org: 'sw', role: 'project_supervisor' },
  { username: 'husg', name: '胡社工', phone: '13800000063', org: 'sw-s1', role: 'social_worker' },
  { username: 'linzz', name: '林站长', phone: '13800000064', org: 'sw-s1', role: 'station_head' },
  { username: 'gaozb', name: '高值班', phone: '13800000065', org: 'sw-s1', role: 'duty_staff' },
];

export const DEMO_ITEMS: {
  code: string;
  name: string;
  nameEn: string;
  category: 'housekeeping' | 'paid_service';
  unit: 'job' | 'm2' | 'hour' | 'piece';
  priceA: number;
  priceB: number;
  note?: string;
  /** Garden works: the supervisor collects after acceptance (A7.4.7). */
  supervisorCollects?: boolean;
}[] = [
  { code: 'carpet-cleaning', name: '地毯清洗', nameEn: 'Carpet cleaning', category: 'housekeeping', unit: 'm2', priceA: 800, priceB: 900 },
  { code: 'floor-waxing', name: '地板打蜡', nameEn: 'Floor waxing', category: 'housekeeping', unit: 'm2', priceA: 1200, priceB: 1200 },
  {
    code: 'indoor-cleaning',
    name: '室内保洁',
    nameEn: 'Indoor cleaning',
    category: 'housekeeping',
    unit: 'hour',
    priceA: 4000,
    priceB: 4500,
    note: '每次不少于2小时',
  },
  { code: 'glass-cleaning', name: '玻璃清洗', nameEn: 'Window cleaning', category: 'housekeeping', unit: 'm2', priceA: 600, priceB: 600 },
  {
    code: 'range-hood',
    name: '油烟机清洗',
    nameEn: 'Range hood cleaning',
    category: 'housekeeping',
    unit: 'job',
    priceA: 12000,
    priceB: 12000,
  },
  {
    code: 'greening-upkeep',
    name: '庭院绿化养护',
    nameEn: 'Garden upkeep',
    category: 'housekeeping',
    unit: 'job',
    priceA: 15000,
    priceB: 16000,
    supervisorCollects: true,
  },
  {
    code: 'water-delivery',
    name: '桶装水配送',
    nameEn: 'Bottled water delivery',
    category: 'housekeeping',
    unit: 'piece',
    priceA: 1800,
    priceB: 1800,
  },
  {
    code: 'plumbing-repair',
    name: '水管维修',
    nameEn: 'Plumbing repair',
    category: 'paid_service',
    unit: 'job',
    priceA: 5000,
    priceB: 5000,
    note: '材料费另计',
  },
  {
    code: 'electrical-repair',
    name: '电路维修',
    nameEn: 'Electrical repair',
    category: 'paid_service',
    unit: 'job',
    priceA: 5000,
    priceB: 5000,
    note: '材料费另计',
  },
  {
    code: 'lock-change',
    name: '更换锁芯',
    nameEn: 'Lock cylinder change',
    category: 'paid_service',
    unit: 'job',
    priceA: 8000,
    priceB: 8000,
  },
  {
    code: 'pipe-dredging',
    name: '管道疏通',
    nameEn: 'Drain unblocking',
    category: 'paid_service',
    unit: 'job',
    priceA: 10000,
    priceB: 12000,
  },
  {
    code: 'tap-replace',
    name: '更换水龙头',
    nameEn: 'Tap replacement',
    category: 'paid_service',
    unit: 'piece',
    priceA: 3000,
    priceB: 3000,
    note: '材料费另计',
  },
  { code: 'light-install', name: '灯具安装', nameEn: 'Light fitting', category: 'paid_service', unit: 'piece', priceA: 2000, priceB: 2500 },
];

/** Each office's first price list is posted in the demo, prepared by its supervisor and approved by its head. */
export const DEMO_PRICE_LISTS = [
  { office: 'office-a', preparer: 'liuyang', head: 'wangfang', price: 'priceA' as const },
  { office: 'office-b', preparer: 'admin', head: 'zhaolei', price: 'priceB' as const },
];

/** Demo orders at office A, taken by the environment supervisor, in the states an office sees on a normal day. */
export const DEMO_ORDERS: {
  customer: string;
  phone: string;
  address: string;
  type: 'housekeeping' | 'paid_service';
  item: string;
  quantity: number;
  description: string;
  until: 'requested' | 'confirmed' | 'assigned' | 'accepted' | 'closed';
}[] = [
  {
    customer: '李建华',
    phone: '13912340001',
    address: '翠竹园3栋1201',
    type: 'housekeeping',
    item: 'indoor-cleaning',
    quantity: 3,
    description: '年底大扫除，重点厨房和卫生间',
    until: 'closed',
  },
  {
    customer: '陈美玲',
    phone: '13912340002',
    address: '翠竹园5栋0802',
    type: 'housekeeping',
    item: 'carpet-cleaning',
    quantity: 24.5,
    description: '客厅地毯清洗',
    until: 'accepted',
  },
  {
    customer: '王国强',
    phone: '13912340003',
    address: '翠竹园1栋0303',
    type: 'paid_service',
    item: 'pipe-dredging',
    quantity: 1,
    description: '厨房下水道堵塞',
    until: 'assigned',
  },
  {
    customer: '赵小红',
    phone: '13912340004',
    address: '翠竹园7栋1502',
    type: 'housekeeping',
    item: 'range-hood',
    quantity: 1,
    description: '油烟机清洗，周六上午',
    until: 'confirmed',
  },
  {
    customer: '刘大爷',
    phone: '13912340005',
    address: '翠竹园2栋0101',
    type: 'housekeeping',
    item: 'water-delivery',
    quantity: 2,
    description: '送两桶水',
    until: 'requested',
  },
];

/** Receipt books: finance keeps series A in stock and has issued one to each office's cashier. */
export const DEMO_BOOKS: { series: string; firstNo: number; lastNo: number; cashier?: string; office?: string; requester?: string }[] = [
  { series: 'A', firstNo: 1, lastNo: 50, cashier: 'chenjing', office: 'office-a', requester: 'wangfang' },
  { series: 'A', firstNo: 51, lastNo: 100, cashier: 'huangli', office: 'office-b', requester: 'zhaolei' },
  { series: 'A', firstNo: 101, lastNo: 150 },
  { series: 'A', firstNo: 151, lastNo: 200 },
];
