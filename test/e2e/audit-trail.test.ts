/**
 * The change history cannot be changed through the API: no operation of the public schema (nor of a subgraph
 * called directly) writes an audit entry, changing a record only adds entries, and each youth office reads only
 * its own district's. The one intended change of existing entries is erasure on request (GDPR Art. 17), which
 * blanks a person's data in the history: tested here through the gateway, and in the services' own tests
 * (services/organisations/src/contacts/contacts.test.ts "erasure on request", services/networks/src/subscriptions/
 * subscriptions.test.ts "takes a subscriber's personal data out of the change history on unsubscribe").
 * The history follows the record: when the state office moves an organisation or hands a network to another
 * district, the new district's youth office reads all of its history and the former one none of it (what the
 * entries say stays as it was; only who reads them changes).
 */
import { codes } from "@kinderschutz/subgraph-kit/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type RunningGraph } from "../support/graph.js";
import { gqlWithRequestId } from "../support/request-id.js";

const TRAILS = ["organisationsAuditTrail", "networksAuditTrail", "budgetsAuditTrail"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ENTRY =
  "id at subject role callerDistrictKey entityType entityId action reason requestId changes { field before after }";

let graph: RunningGraph;
let stateOffice: string;
let seenplatte: string;
let rostock: string;
let landkreisRostock: string;
let analyst: string;

beforeAll(async () => {
  graph = await startGraph();
  [stateOffice, seenplatte, rostock, landkreisRostock, analyst] = await Promise.all([
    token("state-office"),
    token("youth-office", "13071"),
    token("youth-office", "13003"),
    token("youth-office", "13072"),
    token("analyst"),
  ]);
});
afterAll(() => graph?.stop());

async function read(bearer: string, query: string, variables?: Record<string, unknown>) {
  const r = await graph.gql(bearer, query, variables);
  expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
  return r.data;
}

async function change(bearer: string, requestId: string, query: string, variables?: Record<string, unknown>) {
  const r = await gqlWithRequestId(graph.gatewayUrl, bearer, requestId, query, variables);
  expect(r.errors, JSON.stringify(r.errors?.slice(0, 2))).toBeUndefined();
  return r.data;
}

/** Every entry of one subgraph's trail the caller may read, oldest first, each as the exact JSON text served. */
async function trail(bearer: string, field: (typeof TRAILS)[number]): Promise<string[]> {
  const entries: string[] = [];
  let after: string | null = null;
  do {
    const data = await read(
      bearer,
      `query($after: String) { ${field}(first: 500, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } } }`,
      { after },
    );
    entries.push(...data[field].nodes.map((n: unknown) => JSON.stringify(n)));
    after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
  } while (after);
  return entries;
}

async function allTrails(bearer: string): Promise<string[]> {
  return (await Promise.all(TRAILS.map((t) => trail(bearer, t)))).flat();
}

const parse = (entries: string[]) =>
  entries.map(
    (e) =>
      JSON.parse(e) as {
        id: string;
        entityId: string;
        requestId: string | null;
        changes: { field: string; before: string | null; after: string | null }[];
      },
  );

async function youthOffice(district: string): Promise<{ id: string; version: number }> {
  const data = await read(
    stateOffice,
    `query($d: String) { organisations(filter: { kind: YOUTH_OFFICE, regionKey: $d }) { nodes { id version } } }`,
    { d: district },
  );
  return data.organisations.nodes[0];
}

describe("the schema", () => {
  const TYPE = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
  const INTROSPECTION = `{ __schema {
    queryType { fields { name type { ${TYPE} } } }
    mutationType { fields { name args { name type { ${TYPE} } } type { ${TYPE} } } }
    types { kind name fields { name type { ${TYPE} } } inputFields { name type { ${TYPE} } } }
  } }`;
  type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
  const named = (t: TypeRef): string => (t.ofType ? named(t.ofType) : t.name!);

  it.each([["gateway"], ["organisations"], ["networks"], ["budgets"]] as const)(
    "offers no mutation that takes, returns or is named after an audit entry (%s)",
    async (where) => {
      const url = where === "gateway" ? graph.gatewayUrl : graph.subgraphUrls[where];
      const r = await graph.gql(stateOffice, INTROSPECTION, undefined, url);
      expect(r.errors).toBeUndefined();
      const schema = r.data.__schema;
      const types = new Map<string, any>(schema.types.map((t: any) => [t.name, t]));

      // The audit types: what the trail queries return, and the object types inside an entry.
      const trails = schema.queryType.fields.filter((f: any) => f.name.endsWith("AuditTrail"));
      expect(trails.length).toBeGreaterThan(0);
      const auditTypes = new Set<string>();
      for (const t of trails) {
        const connection = named(t.type);
        const entry = named(types.get(connection).fields.find((f: any) => f.name === "nodes").type);
        auditTypes.add(connection).add(entry);
        for (const f of types.get(entry).fields)
          if (types.get(named(f.type)).kind === "OBJECT") auditTypes.add(named(f.type));
      }
      expect([...auditTypes].sort()).toEqual(["AuditEntry", "AuditEntryConnection", "FieldChange"]);

      /** Every input type an argument reaches, through nested input fields. */
      const inputsOf = (typeName: string, seen = new Set<string>()): Set<string> => {
        const t = types.get(typeName);
        if (t.kind !== "INPUT_OBJECT" || seen.has(typeName)) return seen;
        seen.add(typeName);
        for (const f of t.inputFields) inputsOf(named(f.type), seen);
        return seen;
      };
      const mutations = schema.mutationType.fields as {
        name: string;
        args: { name: string; type: TypeRef }[];
        type: TypeRef;
      }[];
      expect(mutations.length).toBeGreaterThan(0);
      for (const m of mutations) {
        expect(auditTypes.has(named(m.type)), `${m.name} returns ${named(m.type)}`).toBe(false);
        expect(m.name, "a mutation named after the history").not.toMatch(
          /audit|trail|history|protokoll|changelog|fieldchange/i,
        );
        for (const arg of m.args) {
          expect(arg.name, `${m.name}(${arg.name})`).not.toMatch(/audit|trail|history|protokoll/i);
          for (const input of inputsOf(named(arg.type))) {
            expect(input, `${m.name} takes ${input}`).not.toMatch(/audit|fieldchange|history|trail/i);
            const fields = types.get(input).inputFields.map((f: any) => f.name);
            expect(fields, `${m.name} takes ${input}`).not.toEqual(
              expect.arrayContaining(["entityType", "entityId", "changes"]),
            );
          }
        }
      }
    },
  );
});

describe("the history of changes", () => {
  it("grows by one entry per change and keeps every earlier entry byte for byte", async () => {
    const office = await youthOffice("13071");
    const { networks } = await read(
      stateOffice,
      `{ networks(filter: { search: "präventiver Kinderschutz" }) { nodes { id version } } }`,
    );
    const network = networks.nodes[0];
    const round = async (n: number) => {
      await change(
        seenplatte,
        `trail-${n}-organisation`,
        `mutation($id: ID!, $v: Int!, $s: String) { updateOrganisation(id: $id, version: $v, input: { street: $s }) { id } }`,
        { id: office.id, v: office.version + n - 1, s: `Platanenstraße ${40 + n}` },
      );
      await change(
        seenplatte,
        `trail-${n}-network`,
        `mutation($id: ID!, $v: Int!, $p: Int) { updateNetwork(id: $id, version: $v, input: { plenaryMeetingsPerYear: $p }) { id } }`,
        { id: network.id, v: network.version + n - 1, p: 4 + n },
      );
      await change(
        stateOffice,
        `trail-${n}-budget`,
        `mutation($id: ID!, $d: Float!) { setConsultationBudget(input: { youthOfficeId: $id, districtKey: "13071", year: 2029, allocatedDays: $d, reason: "Protokolltest" }) { id } }`,
        { id: office.id, d: 8 + n },
      );
    };
    await round(1);
    const before = await allTrails(stateOffice);
    await round(2);
    const after = await allTrails(stateOffice);

    expect(parse(before).map((e) => e.requestId)).toEqual(
      expect.arrayContaining(["trail-1-organisation", "trail-1-network", "trail-1-budget"]),
    );
    const earlier = new Set(before);
    expect(after.filter((e) => earlier.has(e))).toHaveLength(before.length);
    const added = parse(after.filter((e) => !earlier.has(e)));
    expect(added.map((e) => e.requestId).sort()).toEqual(["trail-2-budget", "trail-2-network", "trail-2-organisation"]);
    expect(added.find((e) => e.requestId === "trail-2-organisation")!.changes).toEqual([
      { field: "street", before: '"Platanenstraße 41"', after: '"Platanenstraße 42"' },
    ]);
  });

  it("keeps a sane request id and replaces one that is too long or could forge log lines", async () => {
    const office = await youthOffice("13071");
    const update = (city: string, version: number) => ({
      query: `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { city: "${city}" }) { id } }`,
      variables: { id: office.id, v: version },
    });
    const sane = update("Neubrandenburg-Mitte", office.version);
    await change(seenplatte, "ok:1.2_3-4", sane.query, sane.variables);
    const long = update("Neubrandenburg-Nord", office.version + 1);
    await change(seenplatte, "a".repeat(101), long.query, long.variables);
    // Straight to the subgraph: the gateway is not the only way in.
    const direct = await fetch(graph.subgraphUrls.organisations, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${seenplatte}`,
        "x-request-id": "x level=error msg=<forged>",
      },
      body: JSON.stringify(update("Neubrandenburg", office.version + 2)),
    });
    expect(((await direct.json()) as { errors?: unknown }).errors).toBeUndefined();

    const entries = parse(await trail(seenplatte, "organisationsAuditTrail"))
      .filter((e) => e.entityId === office.id)
      .slice(-3);
    expect(entries.map((e) => e.requestId)).toEqual([
      "ok:1.2_3-4",
      expect.stringMatching(UUID),
      expect.stringMatching(UUID),
    ]);
  });

  it("changes earlier entries only to blank a person's data erased on request", async () => {
    const office = await youthOffice("13071");
    const created = await change(
      seenplatte,
      "trail-contact",
      `mutation($o: ID!) { createContact(input: { organisationId: $o, function: "Kinderschutzfachkraft", name: "Erika Beispiel", email: "e.beispiel@example.org", phone: "0395 555 0100" }) { id version } }`,
      { o: office.id },
    );
    const contact = created.createContact;
    await change(
      seenplatte,
      "trail-contact-update",
      `mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { phone: "0395 555 0199" }) { id } }`,
      { id: contact.id, v: contact.version },
    );
    const before = await allTrails(stateOffice);

    await change(seenplatte, "trail-contact-erase", `mutation($id: ID!) { eraseContact(id: $id) { id } }`, {
      id: contact.id,
    });
    const after = await allTrails(stateOffice);

    const [earlierOfContact, earlierOfOthers] = [
      before.filter((e) => e.includes(contact.id)),
      before.filter((e) => !e.includes(contact.id)),
    ];
    expect(after.filter((e) => !e.includes(contact.id))).toEqual(earlierOfOthers);
    const history = parse(after.filter((e) => e.includes(contact.id)));
    expect(history.map((e) => e.requestId)).toEqual(["trail-contact", "trail-contact-update", "trail-contact-erase"]);
    const text = JSON.stringify(history);
    for (const personal of ["Erika", "Beispiel", "beispiel@", "0395"]) expect(text).not.toContain(personal);
    // Erased fields keep only whether they were set; everything else of those entries is as it was.
    const blank = (entries: ReturnType<typeof parse>) =>
      entries.map((e) => ({ ...e, changes: e.changes.filter((c) => !["name", "email", "phone"].includes(c.field)) }));
    expect(blank(history.slice(0, 2))).toEqual(blank(parse(earlierOfContact)));
    expect(history[1]!.changes).toEqual([{ field: "phone", before: '"[gelöscht]"', after: '"[gelöscht]"' }]);
  });

  it("shows a youth office only its own district's entries and analysts none", async () => {
    const [own, other] = await Promise.all([youthOffice("13071"), youthOffice("13003")]);
    const website = `mutation($id: ID!, $v: Int!, $w: String) { updateOrganisation(id: $id, version: $v, input: { website: $w }) { id } }`;
    const budget = `mutation($id: ID!, $d: String!) { setConsultationBudget(input: { youthOfficeId: $id, districtKey: $d, year: 2030, allocatedDays: 9, reason: "Protokolltest" }) { id } }`;
    await change(stateOffice, "district-13071-organisation", website, {
      id: own.id,
      v: own.version,
      w: "https://jugendamt-seenplatte.example",
    });
    await change(stateOffice, "district-13003-organisation", website, {
      id: other.id,
      v: other.version,
      w: "https://jugendamt-rostock.example",
    });
    await change(stateOffice, "district-13071-budget", budget, { id: own.id, d: "13071" });
    await change(stateOffice, "district-13003-budget", budget, { id: other.id, d: "13003" });

    const entriesOf = async (bearer: string) => parse(await allTrails(bearer));
    const [all, seen, seenByRostock] = await Promise.all([
      entriesOf(stateOffice),
      entriesOf(seenplatte),
      entriesOf(rostock),
    ]);
    const requestIds = (entries: ReturnType<typeof parse>) =>
      entries.map((e) => e.requestId).filter((id) => id?.startsWith("district-"));
    expect(requestIds(all).sort()).toEqual([
      "district-13003-budget",
      "district-13003-organisation",
      "district-13071-budget",
      "district-13071-organisation",
    ]);
    expect(requestIds(seen).sort()).toEqual(["district-13071-budget", "district-13071-organisation"]);
    expect(requestIds(seenByRostock).sort()).toEqual(["district-13003-budget", "district-13003-organisation"]);
    // Each office's entries are some of the state office's, and no entry is shown to both.
    const allIds = new Set(all.map((e) => e.id));
    expect([...seen, ...seenByRostock].every((e) => allIds.has(e.id))).toBe(true);
    const seenIds = new Set(seen.map((e) => e.id));
    expect(seenByRostock.filter((e) => seenIds.has(e.id))).toEqual([]);

    for (const field of TRAILS) {
      const refused = await graph.gql(analyst, `{ ${field} { totalCount } }`);
      expect(codes(refused)).toEqual(["FORBIDDEN"]);
      expect(refused.errors![0]!.extensions!.reason).toBe("HISTORY_RESTRICTED");
    }
  });
});

describe("the history of a record moved to another district", () => {
  type Entry = ReturnType<typeof parse>[number];
  /** The entries of the requests whose ids start with `prefix`, as the caller reads them. */
  const entriesOf = async (bearer: string, field: (typeof TRAILS)[number], prefix: string) =>
    parse(await trail(bearer, field)).filter((e) => e.requestId?.startsWith(prefix));
  const requestIds = (entries: Entry[]) => [...new Set(entries.map((e) => e.requestId))];
  /** What the state office, the district now responsible (13072) and the former one (13003) read. */
  const readers = (field: (typeof TRAILS)[number], prefix: string) =>
    Promise.all([
      entriesOf(stateOffice, field, prefix),
      entriesOf(landkreisRostock, field, prefix),
      entriesOf(rostock, field, prefix),
    ]);

  it("goes with an organisation and its contacts: the new district reads all of it, the former one none", async () => {
    const PERSONAL = ["Henrike Umzug", "h.umzug@example.org", "0381 555 0142", "0381 555 0143"];
    const { createOrganisation: organisation } = await change(
      stateOffice,
      "move-1-organisation",
      `mutation { createOrganisation(input: { name: "Familienzentrum am Umzugsweg", kind: COUNSELLING_CENTRE, regionKey: "13003" }) { id version } }`,
    );
    const { createContact: contact } = await change(
      rostock,
      "move-2-contact",
      `mutation($o: ID!) { createContact(input: { organisationId: $o, function: "Leitung", name: "Henrike Umzug", email: "h.umzug@example.org", phone: "0381 555 0142" }) { id version } }`,
      { o: organisation.id },
    );
    await change(
      rostock,
      "move-3-contact",
      `mutation($id: ID!, $v: Int!) { updateContact(id: $id, version: $v, input: { phone: "0381 555 0143" }) { id } }`,
      { id: contact.id, v: contact.version },
    );
    await change(
      rostock,
      "move-4-organisation",
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { street: "Umzugsweg 1" }) { id } }`,
      { id: organisation.id, v: organisation.version },
    );
    // While 13003 keeps the organisation, it reads the history with the contact's data, 13072 none of it.
    expect(JSON.stringify(await entriesOf(rostock, "organisationsAuditTrail", "move-"))).toContain(
      "h.umzug@example.org",
    );
    expect(await entriesOf(landkreisRostock, "organisationsAuditTrail", "move-")).toEqual([]);

    const moved = await change(
      stateOffice,
      "move-5-region",
      `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, version: $v, input: { regionKey: "13072" }) { districtKey } }`,
      { id: organisation.id, v: organisation.version + 1 },
    );
    expect(moved.updateOrganisation.districtKey).toBe("13072");

    const [all, now, formerly] = await readers("organisationsAuditTrail", "move-");
    expect(requestIds(all)).toEqual([
      "move-1-organisation",
      "move-2-contact",
      "move-3-contact",
      "move-4-organisation",
      "move-5-region",
    ]);
    expect(new Set(all.filter((e) => e.requestId === "move-5-region").map((e) => e.entityId))).toEqual(
      new Set([organisation.id, contact.id]),
    );
    // The district now responsible reads every entry, those from before the move with the contact's data.
    expect(now).toEqual(all);
    for (const personal of PERSONAL) expect(JSON.stringify(now)).toContain(personal);
    // The former district reads none of it, asked by record either, and no trace of the person anywhere.
    expect(formerly).toEqual([]);
    const byRecord = await read(
      rostock,
      `query($o: ID!, $c: ID!) { o: organisationsAuditTrail(entityId: $o) { totalCount } c: organisationsAuditTrail(entityId: $c) { totalCount } }`,
      { o: organisation.id, c: contact.id },
    );
    expect(byRecord).toEqual({ o: { totalCount: 0 }, c: { totalCount: 0 } });
    const everythingFormerlyRead = (await trail(rostock, "organisationsAuditTrail")).join("");
    for (const personal of PERSONAL) expect(everythingFormerlyRead).not.toContain(personal);
    expect(
      codes(
        await graph.gql(
          analyst,
          `query($c: ID!) { organisationsAuditTrail(entityId: $c) { totalCount nodes { changes { after } } } }`,
          { c: contact.id },
        ),
      ),
    ).toEqual(["FORBIDDEN"]);

    // Erasure on request (GDPR Art. 17) by the district now responsible reaches the history from before the move.
    await change(landkreisRostock, "move-6-erase", `mutation($id: ID!) { eraseContact(id: $id) { id } }`, {
      id: contact.id,
    });
    const [erased, erasedNow] = await readers("organisationsAuditTrail", "move-");
    expect(erasedNow).toEqual(erased);
    expect(erased).toHaveLength(all.length + 1);
    for (const personal of PERSONAL) expect(JSON.stringify(erased)).not.toContain(personal);
  });

  it("goes with a network handed to another district, with its mailing list, meetings and removed entries", async () => {
    const PERSONAL = ["Jonas Verteiler", "j.verteiler@example.org"];
    const [rostockOffice, landkreisOffice] = await Promise.all([youthOffice("13003"), youthOffice("13072")]);
    const { createNetwork: network } = await change(
      rostock,
      "handover-1-network",
      `mutation($o: ID!) { createNetwork(input: { name: "Netzwerk Frühe Hilfen Übergabe", kind: COMBINED, regionKey: "13003", responsibleDistrictKey: "13003", responsibleOfficeId: $o }) { id version } }`,
      { o: rostockOffice.id },
    );
    await change(
      rostock,
      "handover-2-subscription",
      `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Jonas Verteiler", email: "j.verteiler@example.org" }) { id } }`,
      { n: network.id },
    );
    await change(
      rostock,
      "handover-3-membership",
      `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER, since: "2024-01-01" }) { id } }`,
      { n: network.id, o: rostockOffice.id },
    );
    await change(
      rostock,
      "handover-4-meeting",
      `mutation($n: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2025-03-12", agenda: [{ topic: "Übergabe an den Landkreis" }] }) { id } }`,
      { n: network.id },
    );
    const { createMilestone: milestone } = await change(
      rostock,
      "handover-5-milestone",
      `mutation($n: ID!) { createMilestone(input: { networkId: $n, date: "2024-01-01", title: "Versehentlich angelegt" }) { id version } }`,
      { n: network.id },
    );
    await change(
      rostock,
      "handover-6-removed",
      `mutation($id: ID!, $v: Int!) { removeMilestone(id: $id, version: $v) }`,
      { id: milestone.id, v: milestone.version },
    );
    expect(JSON.stringify(await entriesOf(rostock, "networksAuditTrail", "handover-"))).toContain(
      "j.verteiler@example.org",
    );
    expect(await entriesOf(landkreisRostock, "networksAuditTrail", "handover-")).toEqual([]);

    await change(
      stateOffice,
      "handover-7-district",
      `mutation($id: ID!, $v: Int!, $o: ID!) { updateNetwork(id: $id, version: $v, input: { responsibleDistrictKey: "13072", responsibleOfficeId: $o }) { responsibleDistrictKey } }`,
      { id: network.id, v: network.version, o: landkreisOffice.id },
    );

    const [all, now, formerly] = await readers("networksAuditTrail", "handover-");
    expect(requestIds(all)).toEqual([
      "handover-1-network",
      "handover-2-subscription",
      "handover-3-membership",
      "handover-4-meeting",
      "handover-5-milestone",
      "handover-6-removed",
      "handover-7-district",
    ]);
    expect(
      new Set(
        all
          .filter((e) => e.requestId === "handover-4-meeting")
          .map((e) => e.changes.find((c) => c.field === "topic")?.after ?? null),
      ),
    ).toContain('"Übergabe an den Landkreis"');
    expect(now).toEqual(all);
    for (const personal of PERSONAL) expect(JSON.stringify(now)).toContain(personal);
    expect(formerly).toEqual([]);
    const everythingFormerlyRead = (await trail(rostock, "networksAuditTrail")).join("");
    for (const personal of PERSONAL) expect(everythingFormerlyRead).not.toContain(personal);
    expect(
      (await read(rostock, `query($n: ID!) { networksAuditTrail(entityId: $n) { totalCount } }`, { n: network.id }))
        .networksAuditTrail.totalCount,
    ).toBe(0);
    expect(
      codes(
        await graph.gql(analyst, `query($n: ID!) { networksAuditTrail(entityId: $n) { totalCount } }`, {
          n: network.id,
        }),
      ),
    ).toEqual(["FORBIDDEN"]);
  });
});
