import { hasAnywhere } from '../../platform/authz/access.js';
import type { ModuleManifest } from '../../platform/modules.js';
import { labelsFrom } from '../../platform/record-labels.js';
import { ESTATES_MANAGE, ESTATES_READ, estatePermissions, estateRoleDefaults } from './estate.permissions.js';
import { readUnitRecord, unitRefs } from './estate.records.js';
import { estateRoutes } from './estate.routes.js';
import { loadBuilding, loadEstate, loadResident } from './estate.service.js';
import { ESTATES_RUN_AT } from './estate.types.js';
import { seedEstates } from './estates.demo.js';
import { estatesMigrations } from './migrations/estates.migrations.js';

/** The estate register (房屋档案): estates, buildings, units and their owners and tenants — what property fees bill (A2.3, A2.4.1.1). */
export const estatesModule: ModuleManifest = {
  name: 'estates',
  clauses: ['A2.3', 'A2.4.1.1'],
  migrations: [estatesMigrations],
  permissions: estatePermissions,
  roleDefaults: estateRoleDefaults,
  routes: estateRoutes,
  demo: seedEstates,
  historyReaders: {
    estate: loadEstate,
    estate_building: loadBuilding,
    // other modules read a unit through this (order intake names the unit it is for)
    estate_unit: readUnitRecord,
    estate_resident: loadResident,
  },
  // a unit named on another record (an order's, a bill's) reads as its address; an estate, a building and a resident
  // by their names (a car park's 小区, a unit's 楼栋, a vehicle's 登记住户)
  recordRefs: {
    estate_unit: unitRefs,
    estate: labelsFrom('estates', 'name'),
    estate_building: labelsFrom('estate_buildings', 'name'),
    estate_resident: labelsFrom('estate_residents', 'name'),
  },
  uniqueRules: [
    {
      index: 'estates_office_name',
      kind: 'conflict',
      code: 'estate.name_taken',
      field: 'name',
      message: 'this office has an estate of that name',
    },
    {
      index: 'estate_buildings_name',
      kind: 'conflict',
      code: 'building.name_taken',
      field: 'name',
      message: 'this estate has a building of that name',
    },
    {
      index: 'estate_units_room',
      kind: 'conflict',
      code: 'unit.duplicate_room',
      field: 'room',
      message: 'this building has that room already',
    },
  ],
  runsAt: ESTATES_RUN_AT,
  abilities: (a) => ({ estates: hasAnywhere(a, ESTATES_READ), manageEstates: hasAnywhere(a, ESTATES_MANAGE) }),
};
