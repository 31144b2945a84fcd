import { isUuid, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import type { Sector } from "../organisations/organisation.enums.js";

/** How many of a set of organisations belong to one sector. */
export interface SectorCountLine {
  sector: Sector;
  organisations: number;
}

/**
 * Per group (a network, a region): its organisations counted by sector, in one GROUP BY for every group of the
 * request. The ids come from the networks subgraph through `@requires`; ids of no organisation count nowhere.
 */
export async function sectorCounts(
  em: SqlEntityManager,
  groups: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, SectorCountLine[]>> {
  const result = new Map<string, SectorCountLine[]>([...groups.keys()].map((owner) => [owner, []]));
  const pairs: [string, string][] = [];
  for (const [owner, ids] of groups)
    for (const id of new Set(ids.filter(isUuid))) pairs.push([owner, id.toLowerCase()]);
  if (pairs.length === 0) return result;
  const ids = [...new Set(pairs.map(([, id]) => id))];
  // `wanted` holds text; PostgreSQL compares it with the uuid column through the cast, SQLite stores uuids as
  // text anyway. The `in` list (typed by its column) lets the primary key's index pick the rows.
  const rows = (await em.execute(
    `with wanted(owner, id) as (values ${pairs.map(() => "(?, ?)").join(", ")})
     select w.owner, o.sector, count(*) as organisations
     from organisation o join wanted w on cast(o.id as varchar(36)) = w.id
     where o.id in (${ids.map(() => "?").join(", ")})
     group by w.owner, o.sector`,
    [...pairs.flat(), ...ids],
  )) as { owner: string; sector: Sector; organisations: unknown }[];
  for (const row of rows)
    result.get(row.owner)?.push({ sector: row.sector, organisations: Number(row.organisations ?? 0) });
  // Ordered here, a few lines each: PostgreSQL would order the sector enum by declaration, SQLite by name.
  for (const lines of result.values())
    lines.sort((a, b) => b.organisations - a.organisations || a.sector.localeCompare(b.sector));
  return result;
}
