import type { FieldType, LedgerField } from './ledgers.types.js';

/** A built-in kind as seeded at the tenant's root (A1.4 names each of them). */
export interface BuiltinKind {
  code: string;
  name: string;
  sortOrder: number;
  fields: LedgerField[];
}

type Flags = { required?: boolean; listed?: boolean; searchable?: boolean; options?: string[] };
const f = (key: string, label: string, type: FieldType, flags: Flags = {}): LedgerField => ({
  key,
  label,
  type,
  required: flags.required ?? false,
  listed: flags.listed ?? false,
  searchable: flags.searchable ?? false,
  options: flags.options ?? [],
});
const must = { required: true, listed: true, searchable: true };

/**
 * The ledgers 篇一 资料台帐制度 names (调处矛盾纠纷、巡逻防范、接待群众来访、重点人员帮教、法制宣传教育) and the general work log
 * (以工作情况记录为主). Their Chinese names and labels are the data; the web names them in English by code and key.
 */
export const BUILTIN_KINDS: readonly BuiltinKind[] = [
  {
    code: 'mediation',
    name: '调处矛盾纠纷台帐',
    sortOrder: 10,
    fields: [
      f('parties', '当事人', 'text', must),
      f('partiesPhone', '当事人电话', 'phone'),
      f('disputeType', '纠纷类型', 'select', {
        ...must,
        options: ['邻里纠纷', '家庭婚姻纠纷', '物业纠纷', '劳资纠纷', '损害赔偿纠纷', '其他'],
      }),
      f('place', '发生地点', 'text', { searchable: true }),
      f('dispute', '纠纷情况', 'longtext', { required: true, searchable: true }),
      f('mediation', '调处经过', 'longtext', { required: true, searchable: true }),
      f('outcome', '调处结果', 'select', { ...must, options: ['调解成功', '部分达成', '调解不成', '移交有关部门'] }),
      f('agreement', '协议内容', 'longtext', { searchable: true }),
      f('mediator', '调解人', 'person', { required: true, listed: true, searchable: true }),
      f('followUp', '回访情况', 'longtext'),
    ],
  },
  {
    code: 'patrol',
    name: '巡逻防范台帐',
    sortOrder: 20,
    fields: [
      f('startAt', '开始时间', 'datetime', { required: true, listed: true }),
      f('endAt', '结束时间', 'datetime'),
      f('area', '巡逻路线/区域', 'text', must),
      f('patrollers', '参加人员', 'text', must),
      f('findings', '发现问题', 'longtext', { listed: true, searchable: true }),
      f('handling', '处置情况', 'longtext', { searchable: true }),
      f('leader', '带班人', 'person', { listed: true, searchable: true }),
    ],
  },
  {
    code: 'reception',
    name: '接待群众来访台帐',
    sortOrder: 30,
    fields: [
      f('visitor', '来访人', 'text', must),
      f('phone', '联系电话', 'phone', { listed: true }),
      f('address', '住址', 'text', { searchable: true }),
      f('headcount', '来访人数', 'number'),
      f('category', '事项类别', 'select', { ...must, options: ['咨询', '求助', '投诉', '建议', '其他'] }),
      f('matter', '反映事项', 'longtext', { required: true, searchable: true }),
      f('handling', '处理情况', 'longtext', { required: true, searchable: true }),
      f('result', '办理结果', 'select', { listed: true, options: ['当场答复', '已转办', '办理中', '已办结'] }),
      f('receiver', '接待人', 'person', { required: true, listed: true, searchable: true }),
    ],
  },
  {
    code: 'assistance',
    name: '重点人员帮教台帐',
    sortOrder: 40,
    fields: [
      f('subject', '帮教对象', 'text', must),
      f('category', '人员类别', 'select', {
        ...must,
        options: ['社区矫正人员', '刑满释放人员', '戒毒康复人员', '精神障碍患者', '其他'],
      }),
      f('method', '帮教方式', 'select', {
        required: true,
        listed: true,
        options: ['走访谈话', '电话联系', '集中教育', '就业帮扶', '其他'],
      }),
      f('content', '帮教内容', 'longtext', { required: true, searchable: true }),
      f('conduct', '现实表现', 'longtext', { searchable: true }),
      f('helper', '帮教人', 'person', { required: true, listed: true, searchable: true }),
      f('nextSteps', '下一步措施', 'longtext'),
    ],
  },
  {
    code: 'legal_education',
    name: '法制宣传教育台帐',
    sortOrder: 50,
    fields: [
      f('topic', '宣传主题', 'text', must),
      f('form', '宣传形式', 'select', {
        required: true,
        listed: true,
        options: ['法制讲座', '宣传摊点', '入户宣传', '展板橱窗', '发放资料', '其他'],
      }),
      f('place', '地点', 'text', { listed: true, searchable: true }),
      f('audience', '宣传对象', 'text', { searchable: true }),
      f('participants', '参加人数', 'number', { listed: true }),
      f('materials', '发放资料（份）', 'number'),
      f('content', '内容摘要', 'longtext', { searchable: true }),
      f('organiser', '组织人', 'person', { required: true, listed: true, searchable: true }),
    ],
  },
  {
    code: 'work_log',
    name: '工作日志',
    sortOrder: 60,
    fields: [
      f('work', '工作内容', 'longtext', must),
      f('issues', '存在问题', 'longtext', { searchable: true }),
      f('nextSteps', '下步安排', 'longtext', { searchable: true }),
    ],
  },
];
