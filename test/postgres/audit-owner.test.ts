/**
 * The change history follows a record to the district it moves to, on PostgreSQL: the migration that brought
 * `owner_record_id` gives the entries written before it their owner record (also of records removed since) and
 * hands them to the district owning that record now; afterwards a move takes the history along in its own
 * transaction. The same through the graph on SQLite: test/e2e/audit-trail.test.ts.
 */
import { randomUUID } from "node:crypto";
import {
  actorStorage,
  openDatabase,
  readAuditTrail,
  type Caller,
  type Database,
  type SubgraphDefinition,
} from "@kinderschutz/subgraph-kit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgendaItem, Meeting } from "../../services/networks/src/meetings/meeting.entity.js";
import { Milestone } from "../../services/networks/src/milestones/milestone.entity.js";
import { Network } from "../../services/networks/src/networks/network.entity.js";
import { MeetingKind } from "../../services/networks/src/meetings/meeting.enums.js";
import { NetworkKind } from "../../services/networks/src/networks/network.enums.js";
import { networksSubgraph } from "../../services/networks/src/schema.js";
import { Contact } from "../../services/organisations/src/contacts/contact.entity.js";
import { reassignDistrict } from "../../services/organisations/src/organisations/district.js";
import { Organisation } from "../../services/organisations/src/organisations/organisation.entity.js";
import { OrganisationKind, Sector } from "../../services/organisations/src/organisations/organisation.enums.js";
import { Region, RegionKind } from "../../services/organisations/src/regions/region.entity.js";
import { organisationsSubgraph } from "../../services/organisations/src/schema.js";
import { startPostgres, type PostgresHandle } from "../support/postgres.js";
import { queryRows, runSql } from "../support/sql-fixture.js";

const stateOffice: Caller = { subject: "state-office", role: "STATE_OFFICE" };
const youthOffice = (districtKey: string): Caller => ({
  subject: `youth-office-${districtKey}`,
  role: "YOUTH_OFFICE",
  districtKey,
});

let postgres: PostgresHandle;
beforeAll(async () => {
  postgres = await startPostgres({ databases: ["organisations", "networks"] });
});
afterAll(() => postgres?.stop());

/** The subgraph's database migrated up to just before `migration`, or fully. */
function openAt(subgraph: SubgraphDefinition, before?: string): Promise<Database> {
  const upTo = before ? subgraph.migrations.findIndex((m) => m.name === before) : subgraph.migrations.length;
  if (upTo < 0) throw new Error(`${subgraph.name} has no migration ${before}`);
  return openDatabase({
    ...subgraph,
    service: subgraph.name,
    dataDir: ":memory:",
    databaseUrl: postgres.urlFor(subgraph.name),
    migrations: subgraph.migrations.slice(0, upTo),
  });
}

/** Entries as the schema before the migration stored them: without an owner record. */
function oldEntries(
  rows: [entityType: string, entityId: string, action: string, owner: string | null, changes: object][],
): string {
  const values = rows.map(
    ([type, id, action, owner, changes]) =>
      `('${randomUUID()}', now(), 'vor-dem-update', 'YOUTH_OFFICE', '${type}', '${id}', '${action}', ${owner ? `'${owner}'` : "null"}, '${JSON.stringify(changes)}')`,
  );
  return `insert into "audit_entry" ("id", "at", "subject", "role", "entity_type", "entity_id", "action", "owner_district_key", "changes") values ${values.join(",\n")};`;
}

const owners = (url: string) =>
  queryRows<{ entity_type: string; entity_id: string; owner_record_id: string; owner_district_key: string | null }>(
    url,
    `select "entity_type", "entity_id", "owner_record_id", "owner_district_key" from "audit_entry"`,
  );

async function trailCount(orm: Database, caller: Caller): Promise<number> {
  return (await readAuditTrail(orm.em.fork(), caller, { first: 500 })).totalCount;
}

describe("the history of records moved to another district, on PostgreSQL", () => {
  it("networks: entries from before the migration follow their network, removed records' too", async () => {
    const old = await openAt(networksSubgraph, "Migration20261207102414");
    const em = old.em.fork();
    const network = em.create(Network, {
      name: "Netzwerk vor dem Update",
      kind: NetworkKind.COMBINED,
      regionKey: "13072",
      responsibleDistrictKey: "13072",
    });
    const other = em.create(Network, {
      name: "Netzwerk nebenan",
      kind: NetworkKind.COMBINED,
      regionKey: "13071",
      responsibleDistrictKey: "13071",
    });
    const meeting = em.create(Meeting, {
      network,
      districtKey: "13072",
      kind: MeetingKind.PLENARY,
      date: "2025-01-15",
    });
    const item = em.create(AgendaItem, { meeting, position: 1, topic: "Übergabe", districtKey: "13072" });
    const milestone = em.create(Milestone, { network, districtKey: "13072", date: "2012-02-15", title: "Gründung" });
    await actorStorage.run({ audit: false }, () => em.flush());
    // The network was handed from 13003 to 13072 before the update: its history stayed with 13003.
    const [removedPriority, removedItem] = [randomUUID(), randomUUID()];
    await runSql(
      postgres.urlFor("networks"),
      oldEntries([
        ["Network", network.id, "UPDATE", "13003", { responsibleDistrictKey: { before: "13003", after: "13072" } }],
        ["Meeting", meeting.id, "CREATE", "13003", { network: { before: null, after: network.id } }],
        ["AgendaItem", item.id, "CREATE", "13003", { meeting: { before: null, after: meeting.id } }],
        ["Milestone", milestone.id, "UPDATE", "13003", { title: { before: "Start", after: "Gründung" } }],
        ["Priority", removedPriority, "CREATE", "13003", { network: { before: null, after: network.id } }],
        ["Priority", removedPriority, "DELETE", "13003", { network: { before: network.id, after: null } }],
        [
          "AgendaItem",
          removedItem,
          "DELETE",
          "13003",
          { meeting: { before: meeting.id, after: null }, topic: { before: "Alt", after: null } },
        ],
        ["Network", other.id, "UPDATE", "13071", { plenaryMeetingsPerYear: { before: 3, after: 4 } }],
      ]),
    );
    await old.close();

    const orm = await openAt(networksSubgraph);
    try {
      const rows = await owners(postgres.urlFor("networks"));
      expect(
        rows.filter((r) => r.entity_id !== other.id).map((r) => [r.owner_record_id, r.owner_district_key]),
      ).toEqual(Array(7).fill([network.id, "13072"]));
      expect(
        rows.filter((r) => r.entity_id === other.id).map((r) => [r.owner_record_id, r.owner_district_key]),
      ).toEqual([[other.id, "13071"]]);

      await actorStorage.run({ audit: true, caller: stateOffice }, async () => {
        const tx = orm.em.fork();
        (await tx.findOneOrFail(Network, network.id)).responsibleDistrictKey = "13074";
        await tx.flush();
      });
      expect(await trailCount(orm, youthOffice("13074"))).toBe(8);
      expect(await trailCount(orm, youthOffice("13072"))).toBe(0);
      expect(await trailCount(orm, youthOffice("13003"))).toBe(0);
      expect(await trailCount(orm, youthOffice("13071"))).toBe(1);
      expect(await trailCount(orm, stateOffice)).toBe(9);
    } finally {
      await orm.close();
    }
  });

  it("organisations: entries from before the migration follow their organisation, its contacts' too", async () => {
    const old = await openAt(organisationsSubgraph, "Migration20261207102355");
    const em = old.em.fork();
    const region = (key: string) => em.create(Region, { key, name: `Region ${key}`, kind: RegionKind.DISTRICT });
    const [rostock] = [region("13072"), region("13074")];
    const organisation = em.create(Organisation, {
      name: "Familienzentrum",
      kind: OrganisationKind.COUNSELLING_CENTRE,
      sector: Sector.CHILD_AND_YOUTH_WELFARE,
      region: rostock,
      districtKey: "13072",
    });
    const contact = em.create(Contact, {
      organisation,
      districtKey: "13072",
      function: "Leitung",
      name: "Henrike Umzug",
    });
    await actorStorage.run({ audit: false }, () => em.flush());
    // Moved from 13003 to 13072 before the update: the history, the contact's name in it, stayed with 13003.
    await runSql(
      postgres.urlFor("organisations"),
      oldEntries([
        ["Organisation", organisation.id, "UPDATE", "13003", { region: { before: "13003", after: "13072" } }],
        ["Contact", contact.id, "CREATE", "13003", { name: { before: null, after: "Henrike Umzug" } }],
        ["Region", "13074", "UPDATE", null, { name: { before: "Alt", after: "Region 13074" } }],
      ]),
    );
    await old.close();

    const orm = await openAt(organisationsSubgraph);
    try {
      const rows = await owners(postgres.urlFor("organisations"));
      expect(rows.map((r) => [r.entity_type, r.owner_record_id, r.owner_district_key]).sort()).toEqual([
        ["Contact", organisation.id, "13072"],
        ["Organisation", organisation.id, "13072"],
        ["Region", "13074", null],
      ]);

      await actorStorage.run({ audit: true, caller: stateOffice }, async () => {
        const tx = orm.em.fork();
        await reassignDistrict(tx, [await tx.findOneOrFail(Organisation, organisation.id)], "13074");
        await tx.flush();
      });
      const moved = await readAuditTrail(orm.em.fork(), youthOffice("13074"), { first: 500 });
      expect(moved.totalCount).toBe(4);
      expect(JSON.stringify(moved.nodes)).toContain("Henrike Umzug");
      expect(await trailCount(orm, youthOffice("13072"))).toBe(0);
      expect(await trailCount(orm, youthOffice("13003"))).toBe(0);
    } finally {
      await orm.close();
    }
  });
});
