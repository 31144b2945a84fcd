import { demoDataReadRowsMismatches, freshlySeededRows, useSeededDatabase } from "@kinderschutz/subgraph-kit/testing";
import { networksSubgraph } from "../schema.js";
import {
  allOrganisationNames,
  BOERDE_WORKING_GROUPS,
  contactId,
  DEMO_TODAY,
  districtNetworkName,
  FORMER_YOUTH_OFFICES,
  MUERITZ_STANDING_TOPIC,
  MUERITZ_WORKING_GROUPS,
  MV_DISTRICT_KEYS,
  MV_DISTRICTS,
  NAMED,
  NETWORK_NAMES,
  networkDemoData,
  networkId,
  organisationId,
} from "@kinderschutz/demo-data/networks";
import { stableId } from "@kinderschutz/subgraph-kit";
import { describe, expect, it } from "vitest";
import { AgendaItem, Meeting, MeetingAttendance } from "../meetings/meeting.entity.js";
import { Membership } from "../memberships/membership.entity.js";
import { Milestone } from "../milestones/milestone.entity.js";
import { Network } from "../networks/network.entity.js";
import { MeetingKind, MeetingStatus } from "../meetings/meeting.enums.js";
import { MembershipRole } from "../memberships/membership.enums.js";
import { DatePrecision } from "../milestones/milestone.enums.js";
import { NetworkKind } from "../networks/network.enums.js";
import { GoalScope, GoalState, PriorityKind } from "../plans/plan.enums.js";
import { WorkingGroupStatus } from "../working-groups/working-group.enums.js";
import { Goal, Priority } from "../plans/plan.entities.js";
import { Subscription } from "../subscriptions/subscription.entity.js";
import { WorkingGroup, WorkingGroupMember } from "../working-groups/working-group.entity.js";

describe("networks demo data", () => {
  const seeded = useSeededDatabase(networksSubgraph);
  const em = seeded.em;
  const network = (name: string) => em().findOneOrFail(Network, { name }, { populate: ["parent", "extends"] });
  const meetingsOf = (name: string) =>
    em().find(Meeting, { network: networkId(name) }, { orderBy: { date: "asc" }, populate: ["workingGroup"] });

  it("seeds once: a second run changes nothing", async () => {
    const afterFirst = seeded.rowsAfterFirstSeed;
    expect(afterFirst.Network).toBe(15);
    expect(afterFirst.Membership).toBeGreaterThan(150);
    expect(afterFirst.Meeting).toBeGreaterThan(250);
    expect(afterFirst.MeetingAttendance).toBeGreaterThan(afterFirst.Meeting!);
    expect(afterFirst.AgendaItem).toBeGreaterThan(afterFirst.Meeting!);
    expect(await seeded.rowCounts()).toEqual(afterFirst);
  });

  it("is deterministic: the same data set and the same rows on every run", async () => {
    expect(networkDemoData()).toEqual(networkDemoData());
    expect(await freshlySeededRows(networksSubgraph)).toEqual(await seeded.rows());
    expect((await network(NETWORK_NAMES.mueritz)).id).toBe(stableId("network", NETWORK_NAMES.mueritz));
  });

  it("refers only to organisations and contacts of the organisations demo data, by their name-derived ids", async () => {
    const known = new Set(allOrganisationNames().map(organisationId));
    const used = [
      ...(await em().find(Membership, {})).map((m) => m.organisationId),
      ...(await em().find(MeetingAttendance, {})).map((a) => a.organisationId),
      ...(await em().find(WorkingGroupMember, {})).map((m) => m.organisationId),
      ...(await em().find(AgendaItem, { presentingOrganisationId: { $ne: null } })).map(
        (a) => a.presentingOrganisationId!,
      ),
      ...(await em().find(WorkingGroup, { continuedByOrganisationId: { $ne: null } })).map(
        (g) => g.continuedByOrganisationId!,
      ),
      ...(await em().find(Network, { responsibleOfficeId: { $ne: null } })).map((n) => n.responsibleOfficeId!),
    ];
    expect(used.filter((id) => !known.has(id))).toEqual([]);
    expect(organisationId(NAMED.mueritzClinic)).toBe(stableId("organisation", "MediClin Müritz-Klinikum"));
    expect(contactId(NAMED.donnersbergYouthOffice, "Netzwerkkoordination Kinderschutz")).toBe(
      stableId("contact", "Jugendamt Donnersbergkreis|Netzwerkkoordination Kinderschutz"),
    );
  });

  it("copies the network's responsible district onto every record inside it", async () => {
    const networks = new Map((await em().find(Network, {})).map((n) => [n.id, n.responsibleDistrictKey ?? null]));
    for (const entity of [Membership, WorkingGroup, Meeting, Priority, Goal, Milestone, Subscription]) {
      for (const part of await em().find(entity as typeof Membership, {})) {
        expect(part.districtKey ?? null, `${entity.name} ${part.id}`).toBe(networks.get(part.network.id));
      }
    }
    for (const m of await em().find(WorkingGroupMember, {}, { populate: ["workingGroup"] }))
      expect(m.districtKey).toBe(m.workingGroup.districtKey);
    for (const a of await em().find(AgendaItem, {}, { populate: ["meeting"] }))
      expect(a.districtKey).toBe(a.meeting.districtKey);
    for (const a of await em().find(MeetingAttendance, {}, { populate: ["meeting"] }))
      expect(a.districtKey).toBe(a.meeting.districtKey);
  });

  describe("000: Netzwerk Frühe Hilfen und präventiver Kinderschutz Müritz", () => {
    it("was founded in Müritz, is kept by Seenplatte's youth office and sits under the VerbundNetzwerk", async () => {
      const mueritz = await network(NETWORK_NAMES.mueritz);
      expect(mueritz).toMatchObject({
        kind: NetworkKind.COMBINED,
        regionKey: "13056",
        responsibleDistrictKey: "13071",
        responsibleOfficeId: organisationId("Jugendamt Landkreis Mecklenburgische Seenplatte"),
        plenaryMeetingsPerYear: 3,
        foundedOn: "2011-03-07",
      });
      expect(mueritz.parent?.name).toBe(NETWORK_NAMES.seenplatteVerbund);
      const verbund = await network(NETWORK_NAMES.seenplatteVerbund);
      expect(verbund).toMatchObject({ kind: NetworkKind.UMBRELLA, regionKey: "13071", foundedOn: "2013-03-20" });
    });

    it("hands coordination from the Müritz youth office to Seenplatte's at the 2011 reform", async () => {
      const coordinators = await em().find(
        Membership,
        { network: networkId(NETWORK_NAMES.mueritz), role: MembershipRole.COORDINATOR },
        { orderBy: { since: "asc" } },
      );
      expect(coordinators.map((m) => [m.organisationId, m.since, m.until ?? null])).toEqual([
        [organisationId(FORMER_YOUTH_OFFICES["13056"]), "2011-03-07", "2011-09-03"],
        [organisationId("Jugendamt Landkreis Mecklenburgische Seenplatte"), "2011-09-04", null],
      ]);
    });

    it("has its two working groups, and the one that became the clinic's internal group", async () => {
      const groups = await em().find(
        WorkingGroup,
        { network: networkId(NETWORK_NAMES.mueritz) },
        { orderBy: { name: "asc" } },
      );
      const byName = new Map(groups.map((g) => [g.name, g]));
      expect(byName.get(MUERITZ_WORKING_GROUPS.daycare)?.status).toBe(WorkingGroupStatus.ACTIVE);
      expect(byName.get(MUERITZ_WORKING_GROUPS.caseConsultations)?.status).toBe(WorkingGroupStatus.ACTIVE);
      expect(byName.get(MUERITZ_WORKING_GROUPS.health)).toMatchObject({
        status: WorkingGroupStatus.LEFT_NETWORK,
        continuedByOrganisationId: organisationId("MediClin Müritz-Klinikum"),
        statusNote: "klinikinterner Arbeitskreis des MediClin Müritz-Klinikums",
      });
    });

    it("keeps the timeline of the source from 2008 to 2013", async () => {
      const milestones = await em().find(
        Milestone,
        { network: networkId(NETWORK_NAMES.mueritz) },
        { orderBy: { date: "asc" } },
      );
      expect(milestones.map((m) => [m.date, m.precision])).toEqual([
        ["2008-01-01", DatePrecision.YEAR],
        ["2008-09-13", DatePrecision.DAY],
        ["2008-11-01", DatePrecision.MONTH],
        ["2010-11-18", DatePrecision.DAY],
        ["2011-03-07", DatePrecision.DAY],
        expect.arrayContaining(["2012-01-01"]),
        expect.arrayContaining(["2012-01-01"]),
        ["2013-03-20", DatePrecision.DAY],
      ]);
      expect(milestones.find((m) => m.date === "2013-03-20")?.title).toContain(
        "VerbundNetzwerkKinderschutz Mecklenburgische Seenplatte",
      );
      expect(milestones.some((m) => m.title.includes("Bundeskinderschutzgesetzes vom 22. Dezember 2011"))).toBe(true);
    });

    it("held the first child-protection conference and the joint Fachtag as meetings, and meets three times a year", async () => {
      const meetings = await meetingsOf(NETWORK_NAMES.mueritz);
      expect(meetings.find((m) => m.date === "2008-09-13")).toMatchObject({
        kind: MeetingKind.CHILD_PROTECTION_CONFERENCE,
        status: MeetingStatus.HELD,
      });
      expect(meetings.find((m) => m.date === "2010-11-18")).toMatchObject({
        kind: MeetingKind.CONFERENCE,
        status: MeetingStatus.HELD,
      });
      for (const year of [2022, 2023, 2024, 2025, 2026]) {
        expect(
          meetings.filter((m) => m.kind === MeetingKind.PLENARY && !m.workingGroup && m.date.startsWith(`${year}-`)),
        ).toHaveLength(3);
      }
    });

    it("has getting to know the partners as a standing topic every year", async () => {
      const priorities = await em().find(Priority, {
        network: networkId(NETWORK_NAMES.mueritz),
        title: MUERITZ_STANDING_TOPIC,
      });
      expect(priorities.map((p) => p.year).sort()).toEqual([2022, 2023, 2024, 2025, 2026]);
      expect(priorities.every((p) => p.kind === PriorityKind.TOPIC)).toBe(true);
    });
  });

  describe("001: Kinderschutzcluster 3", () => {
    it("has Schwerin as model municipality and the offices of the three dissolved districts as partners", async () => {
      const cluster = await network(NETWORK_NAMES.cluster3);
      expect(cluster).toMatchObject({ kind: NetworkKind.CLUSTER, regionKey: "13", responsibleDistrictKey: "13004" });
      const memberships = await em().find(Membership, { network: cluster.id });
      const ids = (role: MembershipRole) =>
        memberships
          .filter((m) => m.role === role)
          .map((m) => m.organisationId)
          .sort();
      expect(ids(MembershipRole.MODEL_MUNICIPALITY)).toEqual([organisationId("Jugendamt Landeshauptstadt Schwerin")]);
      expect(ids(MembershipRole.PARTNER_MUNICIPALITY)).toEqual(
        ["Jugendamt Landkreis Ostvorpommern", "Jugendamt Landkreis Parchim", "Jugendamt Landkreis Uecker-Randow"]
          .map(organisationId)
          .sort(),
      );
    });

    it("has the interests, topics, results and planned steps of the source", async () => {
      const id = networkId(NETWORK_NAMES.cluster3);
      const priorities = await em().find(Priority, { network: id });
      expect(priorities.filter((p) => p.kind === PriorityKind.INTEREST)).toHaveLength(3);
      expect(priorities.filter((p) => p.kind === PriorityKind.TOPIC)).toHaveLength(3);
      const goals = await em().find(Goal, { network: id });
      expect(goals.filter((g) => g.scope === GoalScope.LOCAL && g.state === GoalState.ACHIEVED)).toHaveLength(3);
      expect(goals.filter((g) => g.state === GoalState.PLANNED).map((g) => g.title)).toEqual(
        expect.arrayContaining([
          expect.stringContaining(
            "Kooperationsvereinbarungen mit der Polizei, den Schulen und der Kinder- und Jugendpsychiatrie",
          ),
        ]),
      );
      expect(goals.filter((g) => g.scope === GoalScope.CROSS_NETWORK).map((g) => g.title)).toEqual([
        "Überarbeitung der Kinderschutzbroschüre in Zusammenarbeit mit Ostvorpommern und Greifswald",
      ]);
    });
  });

  describe("002: Bündnis Kinderschutz MV", () => {
    it("is statewide, funded by the ministry, with all 8 youth offices as members and Start gGmbH running the office", async () => {
      const alliance = await network(NETWORK_NAMES.alliance);
      expect(alliance).toMatchObject({
        kind: NetworkKind.STATEWIDE_ALLIANCE,
        regionKey: "13",
        responsibleOfficeId: organisationId(NAMED.projectOffice),
      });
      expect(alliance.responsibleDistrictKey ?? null).toBeNull();
      const memberships = await em().find(Membership, { network: alliance.id });
      const ids = (role: MembershipRole) =>
        memberships
          .filter((m) => m.role === role)
          .map((m) => m.organisationId)
          .sort();
      expect(ids(MembershipRole.MEMBER)).toEqual(MV_DISTRICTS.map((d) => organisationId(d.youthOffice)).sort());
      expect(ids(MembershipRole.FUNDER)).toEqual([organisationId(NAMED.ministry)]);
      expect(ids(MembershipRole.OFFICE)).toEqual([organisationId(NAMED.projectCarrier)]);
      expect(ids(MembershipRole.COORDINATOR)).toEqual([organisationId(NAMED.projectOffice)]);
      expect(memberships.every((m) => m.districtKey == null)).toBe(true);
    });
  });

  describe("003: Netzwerk Kinderschutz Donnersbergkreis", () => {
    it("extends the networks Frühe Hilfen and KipsE and has the coordinator of the organisations demo data", async () => {
      const net = await network(NETWORK_NAMES.donnersbergChildProtection);
      expect(net).toMatchObject({
        kind: NetworkKind.CHILD_PROTECTION,
        regionKey: "07333",
        responsibleDistrictKey: "07333",
        responsibleOfficeId: organisationId("Jugendamt Donnersbergkreis"),
        coordinatorContactId: contactId("Jugendamt Donnersbergkreis", "Netzwerkkoordination Kinderschutz"),
      });
      const extended = net.extends.getItems().map((n) => [n.name, n.kind]);
      expect(extended.sort()).toEqual(
        [
          [NETWORK_NAMES.donnersbergEarlyHelp, NetworkKind.EARLY_HELP],
          [NETWORK_NAMES.donnersbergKipse, NetworkKind.KIPSE],
        ].sort(),
      );
    });

    it("met on 4 December 2025 with 25 professionals and meets next on 20 May 2026 in the session hall", async () => {
      const meetings = await meetingsOf(NETWORK_NAMES.donnersbergChildProtection);
      expect(meetings.map((m) => [m.date, m.kind, m.status, m.participantCount ?? null])).toEqual([
        ["2025-12-04", MeetingKind.PLENARY, MeetingStatus.HELD, 25],
        ["2026-05-20", MeetingKind.PLENARY, MeetingStatus.PLANNED, null],
      ]);
      expect(meetings[1]!.place).toBe("großer Sitzungssaal der Kreisverwaltung Donnersbergkreis");
      const attended = await em().count(MeetingAttendance, { meeting: meetings[0]!.id });
      expect(attended).toBeGreaterThanOrEqual(8);
      expect(await em().count(AgendaItem, { meeting: meetings[0]!.id })).toBeGreaterThan(0);
    });

    it("has volunteers on its mailing list", async () => {
      const subscriptions = await em().find(Subscription, {
        network: networkId(NETWORK_NAMES.donnersbergChildProtection),
      });
      const volunteers = subscriptions.filter((s) => !s.contactId);
      expect(volunteers.length).toBeGreaterThanOrEqual(2);
      expect(volunteers.every((s) => s.name && s.email?.endsWith("@example.org"))).toBe(true);
    });
  });

  describe("004: Netzwerk Kinderschutz und Frühe Hilfen im Landkreis Börde", () => {
    it("has the working groups NORD and SÜD; the health office presented child-health reporting in NORD", async () => {
      const net = await network(NETWORK_NAMES.boerde);
      expect(net).toMatchObject({
        kind: NetworkKind.COMBINED,
        regionKey: "15083",
        responsibleOfficeId: organisationId("Jugendamt Landkreis Börde"),
      });
      const groups = await em().find(WorkingGroup, { network: net.id });
      expect(groups.map((g) => g.name).sort()).toEqual(
        [BOERDE_WORKING_GROUPS.north, BOERDE_WORKING_GROUPS.south].sort(),
      );
      const items = await em().find(AgendaItem, { meeting: { workingGroup: { name: BOERDE_WORKING_GROUPS.north } } });
      expect(
        items.find((i) => i.presentingOrganisationId === organisationId("Gesundheitsamt Landkreis Börde"))?.topic,
      ).toContain("Gesundheitsberichterstattung");
      const consultation = items.find((i) => i.topic.includes("Fallberatung"));
      expect(consultation?.topic).toContain("Familienhebamme");
    });

    it("SÜD met in Oschersleben and plans its offer catalogue for the Tag der Regionen 2025", async () => {
      const south = await em().findOneOrFail(Meeting, { workingGroup: { name: BOERDE_WORKING_GROUPS.south } });
      expect(south.place).toContain("Oschersleben");
      const goal = await em().findOneOrFail(Goal, {
        network: networkId(NETWORK_NAMES.boerde),
        title: { $like: "%Tag der Regionen%" },
      });
      expect(goal).toMatchObject({ state: GoalState.PLANNED, year: 2025 });
    });
  });

  describe("generated networks", () => {
    it("gives every current district of Mecklenburg-Vorpommern a network of its youth office", async () => {
      const networks = await em().find(Network, { responsibleDistrictKey: { $in: [...MV_DISTRICT_KEYS] } });
      expect(new Set(networks.map((n) => n.responsibleDistrictKey))).toEqual(new Set(MV_DISTRICT_KEYS));
      for (const district of MV_DISTRICTS) {
        const own = networks.filter((n) => n.responsibleDistrictKey === district.key);
        expect(own.every((n) => n.responsibleOfficeId === organisationId(district.youthOffice))).toBe(true);
      }
    });

    it("has 12–20 members with a coordinator, a steering group and a guest, and three plenary meetings a year", async () => {
      for (const district of MV_DISTRICTS.filter((d) => d.key !== "13071")) {
        const id = networkId(districtNetworkName(district));
        const memberships = await em().find(Membership, { network: id });
        expect(memberships.length).toBeGreaterThanOrEqual(12);
        expect(memberships.length).toBeLessThanOrEqual(20);
        const roles = new Set(memberships.map((m) => m.role));
        expect(roles).toEqual(
          new Set([MembershipRole.COORDINATOR, MembershipRole.STEERING, MembershipRole.MEMBER, MembershipRole.GUEST]),
        );
        const plenary = await em().find(Meeting, { network: id, kind: MeetingKind.PLENARY });
        for (const year of [2022, 2023, 2024, 2025, 2026])
          expect(plenary.filter((m) => m.date.startsWith(`${year}-`))).toHaveLength(3);
        expect(await em().count(WorkingGroup, { network: id })).toBeGreaterThanOrEqual(1);
        expect(await em().count(Milestone, { network: id })).toBeGreaterThanOrEqual(3);
      }
    });

    it("holds past meetings and plans future ones, by the demo's fixed today", async () => {
      const generated = await em().find(Meeting, {
        network: { $nin: [networkId(NETWORK_NAMES.donnersbergChildProtection)] },
      });
      for (const m of generated) {
        if (m.date > DEMO_TODAY) expect(m.status).toBe(MeetingStatus.PLANNED);
        else expect(m.status).not.toBe(MeetingStatus.PLANNED);
      }
      expect(generated.some((m) => m.status === MeetingStatus.CANCELLED)).toBe(true);
      const held = await em().find(Meeting, { status: MeetingStatus.HELD, participantCount: { $ne: null } });
      for (const m of held)
        expect(m.participantCount).toBeGreaterThanOrEqual(await em().count(MeetingAttendance, { meeting: m.id }));
      const notHeld = await em().find(Meeting, { status: { $ne: MeetingStatus.HELD } });
      expect(await em().count(MeetingAttendance, { meeting: { $in: notHeld.map((m) => m.id) } })).toBe(0);
    });
  });

  it("keeps anonymous case consultations to date, place and attendance: no minutes, no agenda", async () => {
    const consultations = await em().find(Meeting, { kind: MeetingKind.ANONYMOUS_CASE_CONSULTATION });
    expect(consultations.length).toBeGreaterThan(5);
    expect(consultations.filter((m) => m.minutes != null || m.title != null)).toEqual([]);
    expect(await em().count(AgendaItem, { meeting: { kind: MeetingKind.ANONYMOUS_CASE_CONSULTATION } })).toBe(0);
    expect(consultations.some((m) => m.status === MeetingStatus.HELD)).toBe(true);
  });
});

// Lists and references are served from read-only rows (the kit's readRows): they must hold what entities hold.
it("reads every entity of the demo data as read-only rows exactly as em.find loads it", async () => {
  expect(await demoDataReadRowsMismatches(networksSubgraph)).toEqual([]);
});
