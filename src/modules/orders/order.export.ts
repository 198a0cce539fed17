import type { UseCase } from '../../platform/context.js';
import { everyRow } from '../../platform/export/rows.js';
import { type Column, timeColumn, toWorkbook, yuanColumn } from '../../platform/export/xlsx.js';
import { type Messages, type PrintLocale, translator } from '../../platform/print/messages.js';
import { tenantZone } from '../../platform/tenancy.js';
import { listOrders, type OrderListInput } from './order.service.js';

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
  const rows = await everyRow((page, pageSize) => listOrders(ctx, { ...filters, page, pageSize }));
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
    timeColumn<Row>(t('requestedAt'), (o) => o.requestedAt, tz),
    timeColumn<Row>(t('appointment'), (o) => o.appointmentStart, tz),
    yuanColumn<Row>(t('total'), (o) => o.totalFen),
    timeColumn<Row>(t('paidAt'), (o) => o.paidAt, tz),
  ];
  return toWorkbook(t('sheet'), columns, rows);
}
