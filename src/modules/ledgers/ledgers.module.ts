import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { getEntry } from './ledger-entry.service.js';
import { getKind } from './ledger-kind.service.js';
import { seedLedgers } from './ledgers.demo.js';
import { LEDGERS_DEFINE, LEDGERS_READ, ledgersPermissions, ledgersRoleDefaults } from './ledgers.permissions.js';
import { ledgerPersonFigures } from './ledgers.person-figures.js';
import { ledgerRoutes } from './ledgers.routes.js';
import { ledgersMigrations } from './migrations/ledgers.migrations.js';

/**
 * 资料台帐 (篇一 A1.4): the station's ledgers — the regulation's (调处矛盾纠纷、巡逻防范、接待群众来访、重点人员帮教、
 * 法制宣传教育, the work log) and the station's own — as data: one engine renders, checks, searches and exports every
 * kind; every entry names its writer and time and is voided with a reason, never deleted.
 */
export const ledgersModule: ModuleManifest = {
  name: 'ledgers',
  clauses: ['A1.4'],
  migrations: [ledgersMigrations],
  permissions: ledgersPermissions,
  roleDefaults: ledgersRoleDefaults,
  routes: ledgerRoutes,
  enforced: [
    {
      clauseId: 'A1.4',
      code: 'ledger_entry.value_required',
      description: 'A ledger entry fills every field its ledger requires',
      test: 'test/integration/ledgers.test.ts',
    },
  ],
  historyReaders: { ledger_kind: getKind, ledger_entry: getEntry },
  // a ledger by its name (an entry's history: 台帐)
  recordRefs: { ledger_kind: labelsFrom('ledger_kinds', 'name') },
  demo: seedLedgers,
  personFigures: ledgerPersonFigures,
  abilities: (a) => ({ ledgers: hasAnywhere(a, LEDGERS_READ), defineLedgers: hasAnywhere(a, LEDGERS_DEFINE) }),
};
