import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/auth/use-me';
import { useOrgs } from '../../app/org-scope/use-orgs';
import { useFormat } from '../../app/ui/format';
import { formatFen } from '../../app/ui/money';
import { rolesQuery } from '../roles/role-queries';
import { isRecord, jsonText, recordFields, scaled } from './history-diff';

/** Where each record type's states are named (`state` of a history event is translated by its record type). */
const STATE_KEYS: Record<string, string> = {
  order: 'orders:states',
  agreement: 'agreements:states',
  pricelist: 'pricelists:states',
  book: 'money:books.states',
  remittance: 'money:remittances.states',
  callback: 'callbacks:states',
  parking_pass: 'parking:passes.states',
  parking_standard: 'feeStandards:states',
  parking_stay: 'parkingGate:states',
  feedback: 'feedback:states',
  fee_standard: 'feeStandards:states',
  fee_bill: 'bills:states',
  fee_bill_run: 'bills:runStates',
  fee_adjustment: 'bills:adjustmentStates',
  bank_batch: 'bankCollection:batchState',
  bank_mandate: 'bankCollection:mandateState',
  book_request: 'money:requests.states',
  handover: 'money:handovers.states',
  cleaning_inspection: 'cleaning:inspectionStates',
  cleaning_rectification: 'cleaning:rectificationStates',
  infusion_order: 'infusion:orderStates',
  meeting: 'meetings:state',
  sw_project: 'socialwork:state',
  sw_activity: 'swActivities:state',
  sw_plan: 'swInitiation:planState',
  sw_change_request: 'swExecution:changes.states',
  training_plan: 'training:planStates',
  gps_terminal: 'gps:terminalStates',
  gps_sim: 'gps:simStates',
};

// Coded values of customer feedback, ahead of the orders' (a feedback's channel is not an order's).
const FEEDBACK_CODED: Record<string, string> = {
  kind: 'feedback:kinds',
  channel: 'feedback:channels',
  replyHow: 'feedback:hows',
  tellHow: 'feedback:hows',
  outcomeSatisfaction: 'feedback:satisfaction',
};

// Coded values of orders whatever the record: the order type, the intake channel, the payment method.
const CODED: Record<string, string> = {
  type: 'orders:types',
  channel: 'orders:channels',
  method: 'orders:methods',
  billing: 'orders:billings',
  satisfaction: 'callbacks:levels',
  ownership: 'parking:ownership',
};

// Coded values of one kind of record (a cleaning plan's `area`, a patient's `mobility`).
const CLEANING = { area: 'cleaning:areas', areas: 'cleaning:areas', level: 'cleaning:levels', frequency: 'cleaning:frequencies' };
const SW_METHODS = { methods: 'swActivities:method', method: 'swActivities:method' };
const ESTATE = { use: 'estates:use', occupancy: 'estates:occupancy' };
const ENTITY_CODED: Record<string, Record<string, string>> = {
  cleaning_plan: CLEANING,
  cleaning_inspection: CLEANING,
  cleaning_rectification: CLEANING,
  cleaning_standard: CLEANING,
  infusion_patient: { mobility: 'infusion:mobility', sex: 'infusion:sex', ineligibleReasons: 'infusion:ineligible' },
  infusion_order: { route: 'infusion:routes', origin: 'infusion:origins' },
  infusion_outside_drug: { step: 'infusion:outsideSteps' },
  estate_unit: ESTATE,
  fee_standard: ESTATE,
  sw_plan: SW_METHODS,
  sw_change_request: SW_METHODS,
  sw_activity: SW_METHODS,
  annual_assessment: { better: 'assessment:sheet.better' },
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns a recorded value into words: names instead of ids (a user's or a node's from the event's `names`), translated states,
 * kinds, roles and permissions, amounts in yuan, instants in local time.
 */
export function useValueText(enabled: boolean, entity = '') {
  const { t } = useTranslation();
  const format = useFormat();
  const orgs = useOrgs();
  const canSeeRoles = useAbility('roles');
  const roles = useQuery({ ...rolesQuery, enabled: enabled && canSeeRoles });
  const roleName = (id: string) => {
    const role = roles.data?.find((r) => r.id === id);
    return role ? t(`roles:builtin.${role.code}`, { defaultValue: role.name }) : shortId(id);
  };
  const separator = t('common:listSeparator');
  // the names of the users and nodes the event being read names by id (set by each call below)
  let names: Readonly<Record<string, string>> = {};

  const text = (field: string, value: unknown): string => {
    if (value === undefined || value === null || value === '') return t('common:empty');
    if (typeof value === 'boolean') {
      if (field === 'active') return value ? t('common:status.active') : t('common:status.inactive');
      return value ? t('common:yes') : t('common:no');
    }
    if (typeof value === 'number') return field.endsWith('Fen') ? formatFen(value) : String(scaled(field, value));
    if (typeof value === 'string') {
      const inner = jsonText(value);
      if (inner !== undefined) return text(field, inner);
      if (field === 'state' && STATE_KEYS[entity]) return t(`${STATE_KEYS[entity]}.${value}`, { defaultValue: value });
      if (entity === 'feedback' && FEEDBACK_CODED[field]) return t(`${FEEDBACK_CODED[field]}.${value}`, { defaultValue: value });
      const coded = ENTITY_CODED[entity]?.[field] ?? CODED[field];
      if (coded) return t(`${coded}.${value}`, { defaultValue: value });
      if (field === 'kind' && entity === 'invoice') return t(`money:invoices.kinds.${value}`, { defaultValue: value });
      if (field === 'source' && entity === 'parking_stay') return t(`parkingGate:sources.${value}`, { defaultValue: value });
      if (field === 'kind' && entity === 'car_park') return t(`parking:kinds.${value}`, { defaultValue: value });
      if (field === 'kind' && entity === 'calendar') return t(`calendar:kinds.${value}`, { defaultValue: value });
      if (field === 'kind') return t(`orgs:kinds.${value}`, { defaultValue: value });
      if (field === 'role') return t(`roles:builtin.${value}`, { defaultValue: value });
      if (field === 'key') return t(`params:keys.${value}.name`, { defaultValue: value });
      if (field === 'parentId' || field === 'orgId' || field === 'officeId') return orgs.byId.get(value)?.name ?? shortId(value);
      if (field === 'roleId') return roleName(value);
      // a person or node by name (the event carries the names of those it names); another record's id is not a word: its
      // first characters tell records apart
      if (field.endsWith('Id') || UUID.test(value)) return names[value] ?? shortId(value);
      if (ISO_INSTANT.test(value)) return format.dateTime(value);
      return value;
    }
    if (Array.isArray(value)) {
      if (field === 'permissions') return value.map((p) => t(`permissions:${String(p)}`, { defaultValue: String(p) })).join(separator);
      return value.map((v) => (isRecord(v) ? lineText(v) : text(field, v))).join(separator);
    }
    if (isRecord(value)) {
      return recordFields(value)
        .map(([k, v]) => `${t(`history:fields.${k}`, { defaultValue: k })}：${text(k, v)}`)
        .join(separator);
    }
    return String(value);
  };
  // A line of an order or a list (item, quantity, price): its name and amounts, not its ids.
  const lineText = (line: Record<string, unknown>): string => {
    // a person in a list (a meeting's attendee) with what is said of them
    if (typeof line.displayName === 'string') {
      const { displayName, ...rest } = line;
      const more = text('', rest);
      return more ? `${displayName}（${more}）` : displayName;
    }
    const name = line.itemName ?? line.name;
    const amount = typeof line.amountFen === 'number' ? ` ${formatFen(line.amountFen)}` : '';
    const quantity = typeof line.quantityMilli === 'number' ? ` × ${line.quantityMilli / 1000}` : '';
    // a line without a name (a price per kind of space) reads as its fields, in words
    return name ? `${String(name)}${quantity}${amount}` : text('', line);
  };
  return (field: string, value: unknown, named: Readonly<Record<string, string>> = {}): string => {
    names = named;
    return text(field, value);
  };
}

const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);
