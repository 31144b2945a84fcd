import { NETWORK_NAMES, networkId } from "@kinderschutz/demo-data/networks";
import { AuditEntry, type Caller, type Database } from "@kinderschutz/subgraph-kit";
import {
  generateData,
  NATIONWIDE_TODAY,
  nationwidePlan,
  type GenerationOptions,
} from "@kinderschutz/demo-data/nationwide";
import { useGeneratedDatabase, youthOffice } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { AgendaItem, Meeting, MeetingAttendance } from "./meetings/meeting.entity.js";
import { Membership } from "./memberships/membership.entity.js";
import { Network } from "./networks/network.entity.js";
import { MeetingKind, MeetingStatus } from "./meetings/meeting.enums.js";
import { NetworkStatus } from "./networks/network.enums.js";
import { networksGeneration } from "./generation.js";
import { networksSubgraph } from "./schema.js";
import { WorkingGroup, WorkingGroupMember } from "./working-groups/working-group.entity.js";

const options = { scale: "germany", states: ["01", "04"], density: 0.2 } as const;
const plan = nationwidePlan(options);
const planned = new Set(plan.networks.map((n) => n.id));

const list = (values: Iterable<string>) => [...values].map((v) => `'${v}'`).join(", ");
const inPlanned = `network_id in (${list(planned)})`;
/** Which rows of each table the generator wrote (the demo data outside the demo state has clock timestamps). */
const GENERATED: Readonly<Record<string, string>> = {
  network: `id in (${list(planned)})`,
  membership: inPlanned,
  working_group: inPlanned,
  working_group_member: `working_group_id in (select id from working_group where ${inPlanned})`,
  meeting: inPlanned,
  agenda_item: `meeting_id in (select id from meeting where ${inPlanned})`,
  meeting_attendance: `meeting_id in (select id from meeting where ${inPlanned})`,
  priority: inPlanned,
  goal: inPlanned,
  milestone: inPlanned,
  subscription: inPlanned,
  audit_entry: `owner_district_key in (${list(new Set(plan.networks.map((n) => n.districtKey)))})`,
};

function byMeeting<T extends { meeting: { id: string } }>(rows: T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const row of rows) result.set(row.meeting.id, [...(result.get(row.meeting.id) ?? []), row]);
  return result;
}

function generate(dataDir: string, extra: Partial<GenerationOptions> = {}) {
  return generateData(networksGeneration, { ...options, dataDir, log: () => {}, ...extra });
}

/** The rows of the planned networks and their history, in a stable order. */
async function generatedRows(orm: Database): Promise<Record<string, unknown[]>> {
  const connection = orm.em.getConnection();
  const result: Record<string, unknown[]> = {};
  for (const [table, where] of Object.entries(GENERATED)) {
    // As plain JSON: the driver's row objects carry more than their columns.
    result[table] = JSON.parse(
      JSON.stringify(await connection.execute(`select * from ${table} where ${where} order by id`)),
    );
  }
  return result;
}

describe("nationwide networks (Schleswig-Holstein and Bremen at a fifth of the size)", () => {
  const generated = useGeneratedDatabase(networksSubgraph, generate);
  const { em } = generated;

  it("writes the planned networks with their plan's ids and facts, active, with plenary meetings and a description", async () => {
    expect(plan.networks.length).toBeGreaterThan(20);
    const networks = new Map((await em().find(Network, { id: { $in: [...planned] } })).map((n) => [n.id, n]));
    expect(networks.size).toBe(plan.networks.length);
    for (const p of plan.networks) {
      const n = networks.get(p.id)!;
      expect({
        name: n.name,
        kind: n.kind,
        regionKey: n.regionKey,
        district: n.responsibleDistrictKey,
        office: n.responsibleOfficeId,
        coordinator: n.coordinatorContactId,
        foundedOn: n.foundedOn,
      }).toEqual({
        name: p.name,
        kind: p.kind,
        regionKey: p.regionKey,
        district: p.districtKey,
        office: p.responsibleOfficeId,
        coordinator: p.coordinatorContactId,
        foundedOn: p.foundedOn,
      });
      expect(n.status).toBe(NetworkStatus.ACTIVE);
      expect(n.plenaryMeetingsPerYear).toBeGreaterThanOrEqual(2);
      expect(n.plenaryMeetingsPerYear).toBeLessThanOrEqual(4);
      expect(n.description!.length).toBeGreaterThan(40);
      expect(n.version).toBe(1);
      expect(n.createdAt.toISOString().slice(0, 10)).toBe(p.foundedOn);
    }
  });

  it("writes exactly the planned memberships", async () => {
    const stored = await em().find(Membership, { network: { $in: [...planned] } }, { orderBy: { id: "asc" } });
    const expected = [...plan.memberships].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(
      stored.map((m) => ({
        id: m.id,
        networkId: m.network.id,
        organisationId: m.organisationId,
        role: m.role,
        since: m.since,
      })),
    ).toEqual(expected);
    expect(stored.every((m) => m.until == null)).toBe(true);
  });

  it("copies each network's responsible district onto every record inside it", async () => {
    const connection = generated.orm.em.getConnection();
    const mismatches = async (sql: string) => Number((await connection.execute<{ n: number }[]>(sql))[0]!.n);
    for (const table of ["membership", "working_group", "meeting", "priority", "goal", "milestone", "subscription"]) {
      expect(
        await mismatches(
          `select count(*) as n from ${table} t join network n on n.id = t.network_id where t.district_key is not n.responsible_district_key`,
        ),
        table,
      ).toBe(0);
    }
    for (const table of ["agenda_item", "meeting_attendance"]) {
      expect(
        await mismatches(
          `select count(*) as n from ${table} t join meeting m on m.id = t.meeting_id where t.district_key is not m.district_key`,
        ),
        table,
      ).toBe(0);
    }
    expect(
      await mismatches(
        `select count(*) as n from working_group_member t join working_group g on g.id = t.working_group_id where t.district_key is not g.district_key`,
      ),
    ).toBe(0);
  });

  it("gives every network years of meetings that keep the meeting rules, with agenda and attendance of its members", async () => {
    const meetings = await em().find(Meeting, { network: { $in: [...planned] } }, { populate: ["workingGroup"] });
    const perNetwork = new Map<string, number>();
    for (const m of meetings) perNetwork.set(m.network.id, (perNetwork.get(m.network.id) ?? 0) + 1);
    expect(perNetwork.size).toBe(plan.networks.length);
    for (const count of perNetwork.values()) expect(count).toBeGreaterThanOrEqual(10);
    expect(meetings.length / plan.networks.length).toBeGreaterThan(15);
    expect(meetings.length / plan.networks.length).toBeLessThan(30);

    const members = new Map<string, Map<string, string>>();
    for (const m of plan.memberships) {
      if (!members.has(m.networkId)) members.set(m.networkId, new Map());
      members.get(m.networkId)!.set(m.organisationId, m.since);
    }
    const agenda = byMeeting(await em().find(AgendaItem, { meeting: { $in: meetings.map((m) => m.id) } }));
    const attendance = byMeeting(await em().find(MeetingAttendance, { meeting: { $in: meetings.map((m) => m.id) } }));
    const groups = new Map((await em().find(WorkingGroup, { network: { $in: [...planned] } })).map((g) => [g.id, g]));

    for (const m of meetings) {
      const ofNetwork = members.get(m.network.id)!;
      expect([MeetingKind.PLENARY, MeetingKind.WORKING_GROUP]).toContain(m.kind);
      if (m.workingGroup) expect(groups.get(m.workingGroup.id)!.network.id).toBe(m.network.id);
      if (m.status === MeetingStatus.PLANNED) expect(m.date > NATIONWIDE_TODAY && m.date <= "2027-04-30").toBe(true);
      else expect(m.date <= NATIONWIDE_TODAY && m.date >= "2022-01-01").toBe(true);
      const held = m.status === MeetingStatus.HELD;
      const present = attendance.get(m.id) ?? [];
      expect(m.minutes != null, m.id).toBe(held);
      expect(m.participantCount != null, m.id).toBe(held);
      expect(present.length > 0, m.id).toBe(held);
      if (held) expect(m.participantCount!).toBeGreaterThanOrEqual(present.length);
      for (const a of present)
        expect(ofNetwork.get(a.organisationId)! <= m.date, `${m.id} ${a.organisationId}`).toBe(true);

      const items = (agenda.get(m.id) ?? []).sort((a, b) => a.position - b.position);
      expect(items.length).toBeGreaterThanOrEqual(1);
      expect(items.length).toBeLessThanOrEqual(3);
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      for (const item of items) expect(ofNetwork.has(item.presentingOrganisationId!)).toBe(true);
    }
    const held = meetings.filter((m) => m.status === MeetingStatus.HELD);
    const rows = held.reduce((sum, m) => sum + (attendance.get(m.id)?.length ?? 0), 0);
    expect(rows / held.length).toBeGreaterThan(4);
    for (const year of [2022, 2023, 2024, 2025, 2026])
      expect(held.some((m) => m.date.startsWith(`${year}`))).toBe(true);
    expect(meetings.some((m) => m.status === MeetingStatus.PLANNED)).toBe(true);

    // Working groups: active, members of the network only.
    expect(groups.size).toBeGreaterThanOrEqual(plan.networks.length);
    for (const member of await em().find(WorkingGroupMember, { workingGroup: { $in: [...groups.keys()] } })) {
      expect(members.get(groups.get(member.workingGroup.id)!.network.id)!.has(member.organisationId)).toBe(true);
    }
  });

  it("records a creation in the history of every network, membership and meeting, owned by its district", async () => {
    const history = await em().find(AuditEntry, { ownerDistrictKey: { $like: "01%" } }, { orderBy: { at: "asc" } });
    const byRecord = new Map(history.map((e) => [e.entityId, e]));
    expect(byRecord.size).toBe(history.length);
    const network = plan.networks.find((n) => n.districtKey.startsWith("01"))!;
    const created = byRecord.get(network.id)!;
    expect(created).toMatchObject({
      entityType: "Network",
      action: "CREATE",
      ownerDistrictKey: network.districtKey,
      callerDistrictKey: network.districtKey,
      role: "YOUTH_OFFICE",
    });
    expect(created.changes.name).toEqual({ before: null, after: network.name });
    expect(created.changes.version).toBeUndefined();

    for (const [entity, type] of [
      [Network, "Network"],
      [Membership, "Membership"],
      [Meeting, "Meeting"],
    ] as const) {
      const where =
        entity === Network ? { responsibleDistrictKey: { $like: "01%" } } : { districtKey: { $like: "01%" } };
      const records = (await em().find(entity as typeof Meeting, where as never)) as (Network | Membership | Meeting)[];
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        const entry = byRecord.get(record.id);
        expect(entry, `${type} ${record.id}`).toBeDefined();
        expect(entry!.entityType).toBe(type);
        expect(entry!.at.getTime()).toBe(record.createdAt.getTime());
        expect(entry!.ownerDistrictKey).toBe(
          record instanceof Network ? record.responsibleDistrictKey : (record as Meeting).districtKey,
        );
        // Handed to another district with its network, like the history the API writes.
        expect(entry!.ownerRecordId).toBe(record instanceof Network ? record.id : (record as Meeting).network.id);
        expect(entry!.changes.id).toEqual({ before: null, after: record.id });
        if (!(record instanceof Network))
          expect(entry!.changes.network).toEqual({ before: null, after: record.network.id });
      }
    }
  });

  it("keeps the demo data of Mecklenburg-Vorpommern", async () => {
    expect(await em().findOne(Network, { id: networkId(NETWORK_NAMES.mueritz) })).not.toBeNull();
    expect(await em().count(Network, { id: { $nin: [...planned] } })).toBe(15);
    expect(await em().count(Meeting, { districtKey: { $like: "13%" } })).toBeGreaterThan(200);
  });

  it("shows a generated district's youth office its networks, meetings and their history through the API", async () => {
    const network = plan.networks.find((n) => n.kind === "COMBINED" && n.districtKey.startsWith("01"))!;
    const caller: Caller = youthOffice(network.districtKey);
    const result = await generated.execute(
      caller,
      `query($key: String!, $id: ID!) {
        networks(filter: { regionKey: $key }, first: 100) { totalCount nodes { id memberships { role } meetings(year: 2025, status: HELD) { participantCount agenda { topic } attendingOrganisations { id } } } }
        networksAuditTrail(entityId: $id) { nodes { action entityType } }
      }`,
      { key: network.districtKey, id: network.id },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as {
      networks: {
        totalCount: number;
        nodes: {
          id: string;
          memberships: { role: string }[];
          meetings: { participantCount: number; agenda: unknown[]; attendingOrganisations: unknown[] }[];
        }[];
      };
      networksAuditTrail: { nodes: { action: string; entityType: string }[] };
    };
    expect(data.networks.totalCount).toBe(plan.networks.filter((n) => n.districtKey === network.districtKey).length);
    const node = data.networks.nodes.find((n) => n.id === network.id)!;
    expect(node.memberships.length).toBe(plan.memberships.filter((m) => m.networkId === network.id).length);
    expect(node.memberships.filter((m) => m.role === "COORDINATOR")).toHaveLength(1);
    expect(node.meetings.length).toBeGreaterThanOrEqual(2);
    expect(
      node.meetings.every((m) => m.participantCount > 0 && m.agenda.length > 0 && m.attendingOrganisations.length > 0),
    ).toBe(true);
    expect(data.networksAuditTrail.nodes).toEqual([{ action: "CREATE", entityType: "Network" }]);
  });

  it("refuses a second run into the same database", async () => {
    await expect(generate(generated.dataDir)).rejects.toThrow(/holds data already/);
  }, 30_000);

  it("gives the same rows for the same options", async () => {
    const again = generated.directory();
    await generate(again);
    const other = await generated.open(again);
    try {
      const [a, b] = [await generatedRows(generated.orm), await generatedRows(other)];
      expect(a.meeting!.length).toBeGreaterThan(500);
      expect(a.audit_entry!.length).toBeGreaterThan(a.meeting!.length);
      expect(b).toEqual(a);
    } finally {
      await other.close();
    }
  }, 60_000);
});
