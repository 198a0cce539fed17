import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { historyWorkbook } from './history.export.js';

/** The cells of the file's first sheet, row by row. */
async function cells(file: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
  return rows;
}

// an assignment's step: who was sent is a record of the event, told field by field
const assign = {
  at: '2026-12-07T02:00:00.000Z',
  actorName: '刘洋',
  action: 'order.assign',
  before: { state: 'confirmed' },
  after: { state: 'assigned', detail: { staff: ['01a250d8-a2ba-7cef-a29c-e785a6275b5a'], staffNames: ['孙秀英'] } },
};

describe('an order’s history file', () => {
  it('joins a field of a record to its value as each language does: 服务人员：孙秀英, Staff: 孙秀英', async () => {
    const zh = await cells(await historyWorkbook('order', [assign], 'zh-CN', 'Asia/Shanghai'));
    const en = await cells(await historyWorkbook('order', [assign], 'en', 'Asia/Shanghai'));
    expect(zh.flat()).toContain('服务人员：孙秀英');
    expect(en.flat()).toContain('Staff: 孙秀英');
    expect(en.flat().join('\n')).not.toContain('：');
  });
});

// a year-end assessment as saved: the person's figures of the year, each measured by its module
const assess = {
  at: '2026-12-04T02:00:00.000Z',
  actorName: '马主任',
  action: 'annual_assessment.assess',
  before: null,
  after: {
    grade: 'excellent',
    figures: JSON.stringify([
      { key: 'socialwork.activitiesHeld', unit: 'count', value: 4, better: 'higher' },
      { key: 'training.hours', unit: 'minutes', value: 420, better: 'higher' },
      { key: 'callbacks.satisfied', unit: 'permille', value: 955, better: 'higher' },
    ]),
  },
};

describe('a year-end assessment’s history file', () => {
  it('says each figure of the year by the name its module gives it and its value, as the sheet does (hours, a rate)', async () => {
    const zh = (await cells(await historyWorkbook('annual_assessment', [assess], 'zh-CN', 'Asia/Shanghai'))).flat();
    const en = (await cells(await historyWorkbook('annual_assessment', [assess], 'en', 'Asia/Shanghai'))).flat();
    expect(zh).toContain('优秀');
    expect(zh).toContain('开展活动 4、培训学时 7、回访满意率 95.5%');
    expect(en).toContain('Activities held 4, Training hours 7, Callback satisfaction 95.5%');
  });
});

// a user stopped and started again, and a flag of the same record: yes/no fields as the drawer says them
const stopped = {
  at: '2026-12-05T02:00:00.000Z',
  actorName: '系统管理员',
  action: 'user.deactivate',
  before: { active: true, mustChangePassword: false },
  after: { active: false, mustChangePassword: true },
};

describe('a record’s yes/no fields in its history file', () => {
  it('say what the drawer says: 状态 启用 → 已停用 (Active → Deactivated), any other field 是/否 (Yes/No)', async () => {
    const zh = await cells(await historyWorkbook('user', [stopped], 'zh-CN', 'Asia/Shanghai'));
    const en = await cells(await historyWorkbook('user', [stopped], 'en', 'Asia/Shanghai'));
    expect(zh.slice(1).map((r) => r.slice(3))).toEqual([
      ['状态', '启用', '已停用'],
      ['需修改密码', '否', '是'],
    ]);
    expect(en.slice(1).map((r) => r.slice(3))).toEqual([
      ['Status', 'Active', 'Deactivated'],
      ['Must change password', 'No', 'Yes'],
    ]);
  });
});

// a meeting's minutes: who attended, each with what is said of them
const minutes = {
  at: '2026-12-03T06:00:00.000Z',
  actorName: '林站长',
  action: 'meeting.record_minutes',
  before: null,
  after: {
    attendees: [
      { displayName: '林站长', userId: '01a250d8-a2ba-7cef-a29c-e785a6275b5a', present: true },
      { displayName: '胡社工', userId: '01a250d8-a2ba-7cef-a29c-e785a6275b5b', present: false, absenceReason: '病假' },
    ],
  },
};

describe('a person in a list of a history file', () => {
  it('has what is said of them in the language’s brackets: 林站长（出席：是）, 林站长 (Present: Yes)', async () => {
    const zh = (await cells(await historyWorkbook('meeting', [minutes], 'zh-CN', 'Asia/Shanghai'))).flat();
    const en = (await cells(await historyWorkbook('meeting', [minutes], 'en', 'Asia/Shanghai'))).flat();
    expect(zh).toContain('林站长（出席：是）、胡社工（出席：否、缺席原因：病假）');
    expect(en).toContain('林站长 (Present: Yes), 胡社工 (Present: No, Reason for absence: 病假)');
  });
});
