import type { UseCase } from '../../platform/context.js';
import { type Column, toWorkbook } from '../../platform/export/xlsx.js';
import { DomainError } from '../../platform/http/errors.js';
import { formatFen } from '../../platform/money.js';
import { businessDateIn } from '../../platform/months.js';
import { type Messages, type PrintLocale, PUNCTUATION, translator } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import type { StandardFilter } from './fee-standard.repo.js';
import { listStandards } from './fee-standard.service.js';

/** The most rows one export writes; more asks for narrower filters. */
const EXPORT_ROW_LIMIT = 10_000;

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '收费标准',
    estate: '小区/项目',
    office: '管理处',
    item: '收费项目',
    basis: '计费方式',
    'basis.per_area': '按建筑面积（元/㎡·月）',
    'basis.per_unit': '按户（元/户·月）',
    effectiveMonth: '执行月份',
    rates: '单价',
    state: '状态',
    'state.draft': '草稿',
    'state.submitted': '待业务总部审核',
    'state.reviewed': '待总经理审批',
    'state.approved': '已批准',
    'state.returned': '已退回',
    'state.filing': '另行定价（不经审批）',
    submitted: '提交',
    reviewed: '审核',
    approved: '审批',
    note: '备注',
    '*': '全部',
    residential: '住宅',
    commercial: '商业',
    occupied: '已入住',
    vacant: '空置',
    decorating: '装修中',
  },
  en: {
    sheet: 'Fee standards',
    estate: 'Estate',
    office: 'Office',
    item: 'Fee item',
    basis: 'Basis',
    'basis.per_area': 'Per m² of floor area a month',
    'basis.per_unit': 'Per unit a month',
    effectiveMonth: 'Effective from',
    rates: 'Rates',
    state: 'Status',
    'state.draft': 'Draft',
    'state.submitted': 'Awaiting HQ review',
    'state.reviewed': 'Awaiting GM approval',
    'state.approved': 'Approved',
    'state.returned': 'Returned',
    'state.filing': 'Priced elsewhere (no approval of its own)',
    submitted: 'Submitted',
    reviewed: 'Reviewed',
    approved: 'Approved',
    note: 'Note',
    '*': 'any',
    residential: 'residential',
    commercial: 'commercial',
    occupied: 'occupied',
    vacant: 'vacant',
    decorating: 'decorating',
  },
};

/** The standards the list shows with the same filters, as Excel, rates as "全部/全部 1.80; 住宅/空置 1.26". */
export async function exportStandards(ctx: UseCase, f: Omit<StandardFilter, 'page' | 'pageSize'>, locale: PrintLocale) {
  const first = await listStandards(ctx, { ...f, page: 1, pageSize: 100 });
  if (first.total > EXPORT_ROW_LIMIT)
    throw new DomainError(
      'unprocessable',
      'export.too_many_rows',
      `${first.total} rows match: narrow the filters to at most ${EXPORT_ROW_LIMIT}`,
    );
  const rows = [...first.items];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await listStandards(ctx, { ...f, page, pageSize: 100 });
    if (!next.items.length) break;
    rows.push(...next.items);
  }
  const t = translator(messages, locale);
  const p = PUNCTUATION[locale];
  const tz = await tenantZone(ctx);
  const step = (s: { byName: string | null; at: string | null }) => (s.at ? `${s.byName ?? ''} ${businessDateIn(new Date(s.at), tz)}` : '');
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('estate'), width: 14, value: (s) => s.estateName },
    { header: t('office'), width: 14, value: (s) => s.officeName },
    { header: t('item'), width: 14, value: (s) => s.itemName },
    { header: t('basis'), width: 22, value: (s) => t(`basis.${s.basis}`) },
    { header: t('effectiveMonth'), width: 10, value: (s) => s.effectiveMonth },
    {
      header: t('rates'),
      width: 40,
      value: (s) => s.rates.map((r) => `${t(r.use)}/${t(r.occupancy)} ${formatFen(r.rateFen)}`).join(p.list),
    },
    { header: t('state'), width: 14, value: (s) => t(s.filing ? 'state.filing' : `state.${s.state}`) },
    { header: t('submitted'), width: 18, value: (s) => step(s.submitted) },
    { header: t('reviewed'), width: 18, value: (s) => step(s.reviewed) },
    { header: t('approved'), width: 18, value: (s) => step(s.approved) },
    { header: t('note'), width: 24, value: (s) => s.note },
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
