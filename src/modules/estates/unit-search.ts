import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { containsText } from '../../platform/db/search.js';

/**
 * The parts of an address as people write it, each a word to find: 2栋 1-0402, 2栋1单元0402 and 翠竹园 2栋 0402 all
 * give 2栋 · 1 · 0402 (翠竹园 too). Split on spaces and dashes, after 栋/座/幢/楼/号 and after 单元 (which is dropped: an
 * entrance is kept as 1 or 1单元 alike). One word, or none: the text is searched as it is.
 */
export function addressWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .split(/[\s\-—·,，/]+|(?<=[栋座幢楼号])|(?<=单元)/)
    .map((w) => w.replace(/单元$/, '').trim())
    .filter(Boolean);
}

/**
 * How every list of units finds one by text: its room or its building's name contains it, or an active owner's
 * or tenant's name or phone does; or, written as an address of several parts, each part is in the unit's estate,
 * building, entrance or room. `unit` and `building` are the query's aliases of estate_units and estate_buildings.
 */
export function unitMatches(text: string, aliases: { unit: string; building: string }): RawBuilder<SqlBool> {
  const u = aliases.unit;
  const words = addressWords(text);
  const address =
    words.length > 1
      ? sql<SqlBool>` or (${sql.join(
          words.map(
            (
              w,
            ) => sql`(${containsText([`${u}.room`, `${aliases.building}.name`], w)} or ${sql.ref(`${u}.entrance`)} in (${w}, ${`${w}单元`})
              or exists (select 1 from estates as e where e.tenant_id = ${sql.ref(`${u}.tenant_id`)} and e.id = ${sql.ref(`${u}.estate_id`)}
                and ${containsText(['e.name'], w)}))`,
          ),
          sql` and `,
        )})`
      : sql``;
  return sql<SqlBool>`(${containsText([`${u}.room`, `${aliases.building}.name`], text)} or exists (
    select 1 from estate_residents as r
    where r.tenant_id = ${sql.ref(`${u}.tenant_id`)} and r.unit_id = ${sql.ref(`${u}.id`)} and r.active = 1
      and ${containsText(['r.name', 'r.phone'], text)})${address})`;
}
