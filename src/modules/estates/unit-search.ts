import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { containsText } from '../../platform/db/search.js';

/**
 * How every list of units finds one by text: its room or its building's name contains it, or an active owner's
 * or tenant's name or phone does. `unit` and `building` are the query's aliases of estate_units and
 * estate_buildings.
 */
export function unitMatches(text: string, aliases: { unit: string; building: string }): RawBuilder<SqlBool> {
  const u = aliases.unit;
  return sql<SqlBool>`(${containsText([`${u}.room`, `${aliases.building}.name`], text)} or exists (
    select 1 from estate_residents as r
    where r.tenant_id = ${sql.ref(`${u}.tenant_id`)} and r.unit_id = ${sql.ref(`${u}.id`)} and r.active = 1
      and ${containsText(['r.name', 'r.phone'], text)}))`;
}
