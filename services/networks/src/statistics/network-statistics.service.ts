import { because, fields, parseInput, yearOf, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { z } from "zod";
import { MeetingStatus } from "../meetings/meeting.enums.js";
import { NetworkStatus } from "../networks/network.enums.js";
import { Network } from "../networks/network.entity.js";

/**
 * The regions a statistic is asked for, each with the keys whose networks count for it: a current district and
 * its dissolved predecessors (which the caller, or federation through `@requires`, supplies: region succession is
 * the organisations subgraph's). A network counts for a key when it covers that region or is run by its youth
 * office, as `Region.networks` lists them.
 */
export type RegionScopes = ReadonlyMap<string, readonly string[]>;

export interface MeetingCountLine {
  /** The region the line was asked for; null for the root field without a region filter. */
  regionKey: string | null;
  network: Network;
  year: number;
  held: number;
  planned: number;
  cancelled: number;
}

export interface CoverageLine {
  networks: number;
  organisations: number;
}

const keys = z.array(fields.regionKey()).max(500, { message: "at most 500 region keys" });
const scopeInput = z.map(fields.regionKey(), keys).refine((scopes) => scopes.size <= 500, {
  message: "at most 500 regions at once",
  ...because("TOO_MANY", { max: 500 }),
});

/**
 * `wanted(region, covered)`: one row per region asked for and key whose networks count for it, as literal rows of
 * parameters, so that one statement answers every region of a request.
 */
function wantedRegions(scopes: RegionScopes): { sql: string; params: string[] } {
  const rows: [string, string][] = [];
  for (const [region, covered] of parseInput(scopeInput, new Map(scopes), "regionKeys")) {
    for (const key of new Set([region, ...covered])) rows.push([region, key]);
  }
  return { sql: `wanted(region, covered) as (values ${rows.map(() => "(?, ?)").join(", ")})`, params: rows.flat() };
}

/** Networks that count for a `wanted` row. */
const COVERS = `(n.region_key = w.covered or n.responsible_district_key = w.covered)`;

/** A network works on `?`: founded by then (or founding day unknown) and not yet ended (its end day still counts). */
const NETWORK_ACTIVE_ON = `(n.founded_on is null or n.founded_on <= ?) and ((n.ended_on is null and n.status = '${NetworkStatus.ACTIVE}') or n.ended_on >= ?)`;

/** A membership is current on `?`: begun and not yet ended (open ends count as open). */
const MEMBERSHIP_CURRENT_ON = `(ms."since" is null or ms."since" <= ?) and (ms."until" is null or ms."until" >= ?)`;

const count = (value: unknown) => Number(value ?? 0);

/**
 * Meetings held, planned and cancelled per network and year (working groups' meetings included, as
 * `Network.meetings` lists them), in one GROUP BY, plus one query for the networks named. `scopes` null counts
 * every network; otherwise one line set per region asked for.
 */
export async function meetingCounts(
  em: SqlEntityManager,
  scopes: RegionScopes | null,
  year: number | null | undefined,
): Promise<MeetingCountLine[]> {
  const checkedYear = year == null ? null : parseInput(fields.year(), year, "year");
  if (scopes && scopes.size === 0) return [];
  const wanted = scopes ? wantedRegions(scopes) : null;
  const params: unknown[] = [...(wanted?.params ?? [])];
  const where: string[] = [];
  if (checkedYear != null) {
    // A range on the stored date (not the computed year) keeps the (network, date) index usable.
    where.push(`m."date" >= ? and m."date" <= ?`);
    params.push(`${checkedYear}-01-01`, `${checkedYear}-12-31`);
  }
  const yearColumn = yearOf(em, `m."date"`);
  const rows = (await em.execute(
    // A network can count for a region through several keys (it covers a predecessor and is run by the
    // successor's office): `scoped` lists it once per region, so that its meetings are counted once.
    `${wanted ? `with ${wanted.sql}, scoped(region, network_id) as (select distinct w.region, n.id from wanted w join network n on ${COVERS}) ` : ""}select ${wanted ? "w.region" : "null"} as region, m.network_id, ${yearColumn} as year,
       sum(case when m.status = '${MeetingStatus.HELD}' then 1 else 0 end) as held,
       sum(case when m.status = '${MeetingStatus.PLANNED}' then 1 else 0 end) as planned,
       sum(case when m.status = '${MeetingStatus.CANCELLED}' then 1 else 0 end) as cancelled
     from meeting m
     ${wanted ? "join scoped w on w.network_id = m.network_id" : ""}
     ${where.length ? `where ${where.join(" and ")}` : ""}
     group by ${wanted ? "w.region, " : ""}m.network_id, ${yearColumn}`,
    params,
  )) as {
    region: string | null;
    network_id: string;
    year: number | string;
    held: unknown;
    planned: unknown;
    cancelled: unknown;
  }[];
  if (rows.length === 0) return [];
  const networks = new Map(
    (await em.find(Network, { id: { $in: [...new Set(rows.map((r) => r.network_id))] } })).map((n) => [n.id, n]),
  );
  return rows
    .map((row) => ({
      regionKey: row.region,
      network: networks.get(row.network_id)!,
      year: Number(row.year),
      held: count(row.held),
      planned: count(row.planned),
      cancelled: count(row.cancelled),
    }))
    .sort(
      (a, b) =>
        a.year - b.year ||
        a.network.name.localeCompare(b.network.name, "de") ||
        a.network.id.localeCompare(b.network.id),
    );
}

/**
 * Per region asked for: the networks working on `day` and the distinct organisations with a current membership
 * in one of them, in one GROUP BY for every region.
 */
export async function coverage(
  em: SqlEntityManager,
  scopes: RegionScopes,
  day: string,
): Promise<Map<string, CoverageLine>> {
  const result = new Map<string, CoverageLine>(
    [...scopes.keys()].map((key) => [key, { networks: 0, organisations: 0 }]),
  );
  if (scopes.size === 0) return result;
  const wanted = wantedRegions(scopes);
  const rows = (await em.execute(
    `with ${wanted.sql}
     select w.region, count(distinct n.id) as networks, count(distinct ms.organisation_id) as organisations
     from wanted w
     join network n on ${COVERS} and ${NETWORK_ACTIVE_ON}
     left join membership ms on ms.network_id = n.id and ${MEMBERSHIP_CURRENT_ON}
     group by w.region`,
    [...wanted.params, day, day, day, day],
  )) as { region: string; networks: unknown; organisations: unknown }[];
  for (const row of rows)
    result.set(row.region, { networks: count(row.networks), organisations: count(row.organisations) });
  return result;
}

/** Per region asked for: the distinct organisations with a membership current on `day` in a network working then. */
export async function regionMemberOrganisationIds(
  em: SqlEntityManager,
  scopes: RegionScopes,
  day: string,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>([...scopes.keys()].map((key) => [key, []]));
  if (scopes.size === 0) return result;
  const wanted = wantedRegions(scopes);
  const rows = (await em.execute(
    `with ${wanted.sql}
     select distinct w.region, ms.organisation_id
     from wanted w
     join network n on ${COVERS} and ${NETWORK_ACTIVE_ON}
     join membership ms on ms.network_id = n.id and ${MEMBERSHIP_CURRENT_ON}
     order by w.region, ms.organisation_id`,
    [...wanted.params, day, day, day, day],
  )) as { region: string; organisation_id: string }[];
  for (const row of rows) result.get(row.region)!.push(row.organisation_id);
  return result;
}

/** Per network: the distinct organisations with a membership current on `day`, in one query for all networks. */
export async function networkMemberOrganisationIds(
  em: SqlEntityManager,
  networkIds: readonly string[],
  day: string,
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(networkIds.map((id) => [id, []]));
  if (networkIds.length === 0) return result;
  const rows = (await em.execute(
    `select distinct ms.network_id, ms.organisation_id from membership ms
     where ms.network_id in (${networkIds.map(() => "?").join(", ")}) and ${MEMBERSHIP_CURRENT_ON}
     order by ms.network_id, ms.organisation_id`,
    [...networkIds, day, day],
  )) as { network_id: string; organisation_id: string }[];
  for (const row of rows) result.get(row.network_id)?.push(row.organisation_id);
  return result;
}
