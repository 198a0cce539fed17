/** A permission a module declares; roles are named sets of these. */
export interface PermissionDef {
  code: string;
  /** One line in English; the UI shows the translated `permissions.<code>` key. */
  description: string;
}

/** The built-in roles of the regulations (architecture page), seeded for every tenant. */
export const BUILTIN_ROLES = {
  general_manager: '总经理',
  hq_business: '业务总部',
  cashier: '收费员',
  department_manager: '部门经理',
  office_head: '管理处负责人',
  environment_supervisor: '环境主管',
  cleaner: '保洁员',
  customer_service_supervisor: '客服主管',
  security_supervisor: '保安主管',
  security_guard: '保安员',
  technician: '维修技术员',
  gps_manager: 'GPS事业部经理',
  physician: '医生',
  nurse: '护士',
  pharmacist: '药剂人员',
  project_supervisor: '项目督导',
  organisation_head: '机构负责人',
  health_centre_head: '卫生服务中心主任',
  social_worker: '社工',
  station_head: '工作站站长',
  duty_staff: '值班人员',
  finance_custodian: '财务票据保管员',
  system_admin: '系统管理员',
} as const;

export type BuiltinRoleCode = keyof typeof BUILTIN_ROLES;

/** What a module gives each built-in role by default. */
export type RoleDefaults = Partial<Record<BuiltinRoleCode, readonly string[]>>;
