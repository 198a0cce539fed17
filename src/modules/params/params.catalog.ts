/**
 * Regulation parameters: numbers a clause fixes. Each organisation may adopt the clause's value
 * (the default here) or tighten it for its subtree.
 */
export interface ParamDef {
  key: string;
  clause: string;
  default: number;
  /** `flag`: 1 = yes, 0 = no (a yes/no choice the clause leaves to the organisation, kept a whole number). */
  unit: 'days' | 'hours' | 'minutes' | 'count' | 'day_of_month' | 'flag';
  min: number;
  max: number;
  /** One line in English; the UI shows `params.<key>`. */
  description: string;
}

export const PARAMS = [
  { key: 'meetingIntervalDays', clause: 'A1.2', default: 15, unit: 'days', min: 1, max: 90, description: 'Days between two work meetings' },
  {
    key: 'briefDeadlineDays',
    clause: 'A3.4',
    default: 2,
    unit: 'days',
    min: 1,
    max: 30,
    description: 'Days after an activity by which its brief is due',
  },
  {
    key: 'invoiceDeliveryHours',
    clause: 'A7.4.8',
    default: 24,
    unit: 'hours',
    min: 1,
    max: 720,
    description: 'Hours from acceptance by which the invoice reaches the owner',
  },
  {
    key: 'callbackSampleSize',
    clause: 'A7.4.10',
    default: 5,
    unit: 'count',
    min: 1,
    max: 1000,
    description: 'Orders called back each month',
  },
  {
    key: 'callbackDueDay',
    clause: 'A7.4.10',
    default: 10,
    unit: 'day_of_month',
    min: 1,
    max: 28,
    description: 'Day of the month by which last month’s callbacks must be recorded',
  },
  {
    key: 'callbackSampleHousekeeping',
    clause: 'A7.4.10',
    default: 1,
    unit: 'flag',
    min: 0,
    max: 1,
    description: 'The monthly callback sample draws from housekeeping orders (家政服务表)',
  },
  {
    key: 'callbackSamplePaidService',
    clause: 'A7.4.10',
    default: 0,
    unit: 'flag',
    min: 0,
    max: 1,
    description: 'The monthly callback sample also draws from paid-service orders',
  },
  {
    key: 'callbackSampleRepair',
    clause: 'A7.4.10',
    default: 0,
    unit: 'flag',
    min: 0,
    max: 1,
    description: 'The monthly callback sample also draws from repair orders (维修服务单)',
  },
  {
    key: 'callbackSampleGpsInstall',
    clause: 'A7.4.10',
    default: 0,
    unit: 'flag',
    min: 0,
    max: 1,
    description: 'The monthly callback sample also draws from GPS installation orders (安装任务派工单)',
  },
  {
    key: 'callbackSampleGpsRepair',
    clause: 'A7.4.10',
    default: 0,
    unit: 'flag',
    min: 0,
    max: 1,
    description: 'The monthly callback sample also draws from GPS repair orders',
  },
  {
    key: 'reworkStartHours',
    clause: 'A7.4.6',
    default: 24,
    unit: 'hours',
    min: 1,
    max: 720,
    description: 'Hours from the owner’s rejection by which rework must have started',
  },
  {
    key: 'receiptReturnDays',
    clause: 'A2.4.3',
    default: 3,
    unit: 'days',
    min: 1,
    max: 60,
    description: 'Days to return a used-up receipt book’s stubs',
  },
  {
    key: 'parkingGateCheckDays',
    clause: 'A2.4.1.2',
    default: 7,
    unit: 'days',
    min: 1,
    max: 31,
    description: 'Days back the monitor checks that every charging car park had its gate records recorded or imported each day',
  },
  {
    key: 'billingDay',
    clause: 'A2.4.1.1',
    default: 5,
    unit: 'day_of_month',
    min: 1,
    max: 28,
    description: 'Day of the month on which the month’s property bills are run',
  },
  {
    key: 'bankReturnDays',
    clause: 'A2.3',
    default: 10,
    unit: 'days',
    min: 1,
    max: 60,
    description: 'Days from exporting a bank collection batch by which its return file must be imported',
  },
  {
    key: 'feedbackReplyHours',
    clause: 'A4.5',
    default: 24,
    unit: 'hours',
    min: 1,
    max: 720,
    description: 'Hours to the first reply to customer feedback',
  },
  {
    key: 'incidentReportMinutes',
    clause: 'A1.3',
    default: 60,
    unit: 'minutes',
    min: 1,
    max: 1440,
    description: 'Minutes to report an urgent incident upward',
  },
  {
    key: 'rosterHorizonDays',
    clause: 'A1.5',
    default: 14,
    unit: 'days',
    min: 1,
    max: 90,
    description: 'Days ahead the duty roster must cover',
  },
  {
    key: 'cashRelayViaSupervisor',
    clause: 'A7.4.7',
    default: 1,
    unit: 'flag',
    min: 0,
    max: 1,
    description:
      'Field staff hand cash (with the form) to the supervisor, who hands it to the cashier; the supervisor collects later payments (1 yes, 0 no)',
  },
  {
    key: 'cashHoldMaxHours',
    clause: 'A7.4.7',
    default: 24,
    unit: 'hours',
    min: 1,
    max: 720,
    description: 'Hours one person may hold collected cash before handing it on toward the cashier',
  },
  {
    key: 'paymentDueHours',
    clause: 'A2.4.2.4',
    default: 24,
    unit: 'hours',
    min: 1,
    max: 720,
    description: 'Hours from acceptance by which a paid service is collected (即时收取)',
  },
  {
    key: 'remittancePeriodDays',
    clause: 'A2.4.2.4',
    default: 7,
    unit: 'days',
    min: 1,
    max: 31,
    description: 'Days from collection by which a payment is remitted to finance (定期上缴)',
  },
  {
    key: 'workdayStartMinutes',
    clause: 'A4.7',
    default: 540,
    unit: 'minutes',
    min: 0,
    max: 1439,
    description: 'Minutes after midnight a working day begins (540 = 09:00): waits and repair times count from here',
  },
  {
    key: 'workdayEndMinutes',
    clause: 'A4.7',
    default: 1080,
    unit: 'minutes',
    min: 1,
    max: 1440,
    description: 'Minutes after midnight a working day ends (1080 = 18:00): waits and repair times count up to here',
  },
] as const satisfies readonly ParamDef[];

export type ParamKey = (typeof PARAMS)[number]['key'];
export const PARAM_KEYS = PARAMS.map((p) => p.key) as [ParamKey, ...ParamKey[]];
export const paramDef = (key: ParamKey): ParamDef => PARAMS.find((p) => p.key === key)!;
