import type { UseCase } from '../../platform/context.js';
import { type Column, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import { DomainError } from '../../platform/http/errors.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import { localDateTime } from '../../platform/time.js';
import { tenantZone } from '../tenants/tenant.service.js';
import { listOrders, type OrderListInput } from './order.service.js';

/** The most rows one export writes; more asks for narrower filters rather than a file cut short. */
export const EXPORT_ROW_LIMIT = 10_000;

const messages: Record<PrintLocale, Messages> = {
  'zh-CN': {
    sheet: '工单',
    number: '工单号',
    type: '类型',
    state: '状态',
    office: '管理处',
    customer: '业主/住户',
    phone: '联系电话',
    address: '服务地点',
    staff: '服务人员',
    requestedAt: '受理时间',
    appointment: '预约时间',
    total: '合计（元）',
    paidAt: '收款时间',
    'type.housekeeping': '家政服务',
    'type.paid_service': '有偿服务',
    'type.repair': '有偿维修',
    'state.requested': '已受理',
    'state.quoted': '已报价',
    'state.confirmed': '已确认',
    'state.assigned': '已派工',
    'state.in_progress': '服务中',
    'state.completed': '待验收',
    'state.rework': '返工',
    'state.accepted': '已验收',
    'state.paid': '已收款',
    'state.closed': '已关闭',
    'state.cancelled': '已取消',
  },
  en: {
    sheet: 'Orders',
    number: 'Order',
    type: 'Type',
    state: 'State',
    office: 'Office',
    customer: 'Owner / resident',
    phone: 'Phone',
    address: 'Place',
    staff: 'Staff',
    requestedAt: 'Requested',
    appointment: 'Appointment',
    total: 'Total (yuan)',
    paidAt: 'Paid',
    'type.housekeeping': 'Housekeeping',
    'type.paid_service': 'Paid service',
    'type.repair': 'Repair',
    'state.requested': 'Requested',
    'state.quoted': 'Quoted',
    'state.confirmed': 'Confirmed',
    'state.assigned': 'Assigned',
    'state.in_progress': 'In progress',
    'state.completed': 'Awaiting acceptance',
    'state.rework': 'Rework',
    'state.accepted': 'Accepted',
    'state.paid': 'Paid',
    'state.closed': 'Closed',
    'state.cancelled': 'Cancelled',
  },
};

/** The orders the list shows with these filters (every page, in its sort), as one Excel sheet. */
export async function exportOrders(ctx: UseCase, filters: Omit<OrderListInput, 'page' | 'pageSize'>, locale: PrintLocale): Promise<Buffer> {
  const pageSize = 100;
  const first = await listOrders(ctx, { ...filters, page: 1, pageSize });
  if (first.total > EXPORT_ROW_LIMIT) {
    throw new DomainError(
      'unprocessable',
      'export.too_many_rows',
      `${first.total} orders match: narrow the filters to at most ${EXPORT_ROW_LIMIT}`,
    );
  }
  const rows = [...first.items];
  for (let page = 2; rows.length < first.total; page++) {
    const next = await listOrders(ctx, { ...filters, page, pageSize });
    if (next.items.length === 0) break;
    rows.push(...next.items);
  }
  const tz = await tenantZone(ctx);
  const t = translator(messages, locale);
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { header: t('number'), width: 20, value: (o) => o.number },
    { header: t('type'), width: 10, value: (o) => t(`type.${o.type}`) },
    { header: t('state'), width: 10, value: (o) => t(`state.${o.state}`) },
    { header: t('office'), width: 16, value: (o) => o.officeName },
    { header: t('customer'), width: 12, value: (o) => o.customerName },
    { header: t('phone'), width: 14, value: (o) => o.customerPhone },
    { header: t('address'), width: 22, value: (o) => o.address },
    { header: t('staff'), width: 16, value: (o) => o.staffNames.join('、') },
    { header: t('requestedAt'), width: 18, value: (o) => localDateTime(o.requestedAt, tz) },
    { header: t('appointment'), width: 18, value: (o) => localDateTime(o.appointmentStart, tz) },
    yuanColumn<Row>(t('total'), (o) => o.totalFen),
    { header: t('paidAt'), width: 18, value: (o) => localDateTime(o.paidAt, tz) },
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
