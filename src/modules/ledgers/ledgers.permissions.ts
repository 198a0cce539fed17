import type { PermissionDef, RoleDefaults } from '../../platform/authz/permissions.js';

export const LEDGERS_READ = 'ledgers.read';
export const LEDGERS_WRITE = 'ledgers.write';
export const LEDGERS_DEFINE = 'ledgers.define';
export const LEDGERS_VOID = 'ledgers.void';

export const ledgersPermissions: PermissionDef[] = [
  { code: LEDGERS_READ, description: 'See the ledgers (资料台帐) of the stations in the subtree, search them and export them (A1.4)' },
  { code: LEDGERS_WRITE, description: 'Write entries into the ledgers of the station, each signed with the writer and the time (A1.4)' },
  { code: LEDGERS_DEFINE, description: 'Define the station’s own ledger kinds and their fields, and change them as new versions (A1.4)' },
  { code: LEDGERS_VOID, description: 'Void a ledger entry with a reason; the entry stays, struck through (A1.4)' },
];

export const ledgersRoleDefaults: RoleDefaults = {
  station_head: [LEDGERS_READ, LEDGERS_WRITE, LEDGERS_DEFINE, LEDGERS_VOID],
  duty_staff: [LEDGERS_READ, LEDGERS_WRITE],
  social_worker: [LEDGERS_READ, LEDGERS_WRITE],
  organisation_head: [LEDGERS_READ],
};
