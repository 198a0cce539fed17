import type { WebFeature } from '../../app/feature';

/** A record's history drawer, opened from the record's own page: texts only, no page of its own. */
export const historyFeature: WebFeature = {
  name: 'history',
  namespaces: ['history'],
  // the drawer names the fields and states of every module's records
  uses: [
    'agreements',
    'assessment',
    'bankCollection',
    'bills',
    'calendar',
    'callbacks',
    'cleaning',
    'duty',
    'estates',
    'feedback',
    'feeStandards',
    'gps',
    'infusion',
    'ledgers',
    'meetings',
    'money',
    'orders',
    'params',
    'parking',
    'parkingGate',
    'permissions',
    'pricelists',
    'reporting',
    'socialwork',
    'swActivities',
    'swControl',
    'swExecution',
    'swInitiation',
    'training',
  ],
};
