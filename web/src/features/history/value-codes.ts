/**
 * Where the words for a record's coded values are (`orders:states` for an order's `state`): a catalogue and the path
 * in it, each value a key below. Pure and importing nothing, so the drawer and the server's history file read values
 * alike.
 */

/** Where each record type's states are named (`state` of a history event is translated by its record type). */
const STATE_KEYS: Record<string, string> = {
  order: 'orders:states',
  agreement: 'agreements:states',
  agreement_visit: 'agreements:visitStates',
  pricelist: 'pricelists:states',
  book: 'money:books.states',
  remittance: 'money:remittances.states',
  callback: 'callbacks:states',
  callback_follow_up: 'callbacks:followUp',
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
  meeting_action: 'meetings:action',
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
// A record's `kind`: an invoice's, a car park's, a calendar day's; any other is an organisation node's.
const KINDS: Record<string, string> = { invoice: 'money:invoices.kinds', car_park: 'parking:kinds', calendar: 'calendar:kinds' };

const ENTITY_CODED: Record<string, Record<string, string>> = {
  cleaning_plan: CLEANING,
  cleaning_inspection: CLEANING,
  cleaning_rectification: CLEANING,
  infusion_patient: { mobility: 'infusion:mobility', sex: 'infusion:sex', ineligibleReasons: 'infusion:ineligible' },
  infusion_order: { route: 'infusion:routes', origin: 'infusion:origins' },
  infusion_outside_drug: { step: 'infusion:outsideSteps' },
  estate_unit: ESTATE,
  fee_standard: { ...ESTATE, basis: 'feeStandards:basis' },
  fee_bill: { basis: 'bills:basis' },
  estate_resident: { role: 'estates:role' },
  item: { category: 'pricelists:categories', unit: 'pricelists:units' },
  sw_plan: SW_METHODS,
  sw_change_request: {
    ...SW_METHODS,
    kind: 'swExecution:changes.kinds',
    supervisorDecision: 'swExecution:changes.decisions',
    headDecision: 'swExecution:changes.decisions',
  },
  sw_activity: SW_METHODS,
  sw_progress_item: SW_METHODS,
  cleaning_standard: { ...CLEANING, method: 'cleaning:methods', thresholdUnit: 'cleaning:units' },
  agreement: { paymentTerms: 'agreements:paymentTerms' },
  annual_assessment: { better: 'assessment:sheet.better', grade: 'assessment:grade' },
  reward_penalty: { kind: 'assessment:kind' },
  incident: { kind: 'reporting:incidentKind' },
  station_report: { kind: 'reporting:reportKind' },
  training_plan: { half: 'training:halves', kind: 'training:kinds' },
  training_session: { kind: 'training:kinds' },
  gps_customer: { kind: 'gps:kinds' },
  gps_sim: { carrier: 'gps:carriers' },
  ledger_kind: { type: 'ledgers:types' },
  sw_agreement: { kind: 'swInitiation:agreement.kinds' },
  sw_ethics_entry: { kind: 'swActivities:offerKind' },
  sw_person: { kind: 'swExecution:people.kinds' },
  sw_supervision: { kind: 'swControl:kind' },
};

// Events a record logs about one of its parts (an agreement's planned visits, a callback's complaint follow-up): their
// values are the part's.
const PART_ACTIONS: readonly (readonly [prefix: string, subject: string])[] = [
  ['agreement.visit_', 'agreement_visit'],
  ['callback.follow_up_', 'callback_follow_up'],
];

/** What an event's values describe: the record's entity, or the part of it the action is about. */
export function subjectOf(entity: string, action: string): string {
  return PART_ACTIONS.find(([prefix]) => action.startsWith(prefix))?.[1] ?? entity;
}

/** The catalogue path of the words for `field`'s coded values in a record of `entity`, or undefined when it has none. */
export function codeWords(entity: string, field: string): string | undefined {
  if (field === 'state') return STATE_KEYS[entity];
  if (entity === 'feedback' && FEEDBACK_CODED[field]) return FEEDBACK_CODED[field];
  const coded = ENTITY_CODED[entity]?.[field] ?? CODED[field];
  if (coded) return coded;
  if (field === 'kind') return KINDS[entity] ?? 'orgs:kinds';
  if (field === 'source' && entity === 'parking_stay') return 'parkingGate:sources';
  if (field === 'role') return 'roles:builtin';
  return undefined;
}

/**
 * The catalogue key of the words for one coded value (`orders:states.quoted`), or undefined when it has none. A person's
 * figure of a year (a year-end assessment's 年度实绩) is named by the module that measured it, in that module's texts:
 * `socialwork.activitiesHeld` → `socialwork:personFigures.activitiesHeld`.
 */
export function codedKey(entity: string, field: string, value: string): string | undefined {
  if (entity === 'annual_assessment' && field === 'key') {
    const dot = value.indexOf('.');
    return dot > 0 ? `${value.slice(0, dot)}:personFigures.${value.slice(dot + 1)}` : undefined;
  }
  const where = codeWords(entity, field);
  return where === undefined ? undefined : `${where}.${value}`;
}

/**
 * The catalogue key of the words for a yes/no value: a record's `active` as the pages call it (启用 / 已停用, Active /
 * Deactivated), any other field 是 / 否.
 */
export function booleanKey(field: string, value: boolean): string {
  if (field === 'active') return value ? 'common:status.active' : 'common:status.inactive';
  return value ? 'common:yes' : 'common:no';
}
