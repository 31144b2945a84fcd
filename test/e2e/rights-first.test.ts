/**
 * Rights before validation: every mutation of the graph, sent by a caller who may not make it, answers FORBIDDEN,
 * whatever else is wrong with the request. An analyst may make no mutation at all; youth office 13071 tries each
 * one on records of Rostock (13003), and the state office's own mutations (contingents, pool, approving,
 * delivery, experts, regions) on anything. The input is invalid in every other way too (empty names, impossible
 * dates, stale versions, unknown keys): a refused caller must learn neither the input rules nor which ids exist,
 * and nothing may change. The same cases sent by the state office, who may, are refused for their input or
 * version: so the FORBIDDEN answers come from the rights, and the cases would otherwise be caught by other rules.
 * Records are another district's, hence readable; FORBIDDEN rather than NOT_FOUND is the documented answer
 * (README, docs/architecture.md), NOT_FOUND only for ids that name nothing, sent by a role that may make the change.
 *
 * The mutations come from the running graph (introspection of the gateway and of each subgraph), so a new
 * mutation fails this test until it has a case below.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commonTokens, SUBGRAPH_NAMES, startGraph, type RunningGraph, type SubgraphName } from "../support/graph.js";

/** Records of Rostock (13003) the cases aim at; the youth office of 13071 may change none of them. */
interface Targets {
  network: string;
  membership: string;
  workingGroup: string;
  meeting: string;
  priority: string;
  goal: string;
  milestone: string;
  subscription: string;
  organisation: string;
  youthOffice: string;
  contact: string;
  offer: string;
  agreement: string;
  /** A consultation Rostock requested, not yet approved (Rostock itself could withdraw it). */
  requested: string;
  approved: string;
  expert: string;
}

/** A version no record has: a stale edit must hear FORBIDDEN too, not CONFLICT. */
const STALE = 999;

interface Case {
  /** Only the state office may make this mutation: a youth office is refused by its role, as an analyst is. */
  stateOffice?: true;
  /** The mutation's arguments: real ids of Rostock's records, everything else invalid. */
  args: (t: Targets) => Record<string, unknown>;
  /** Takes nothing but an id, so the state office's attempt would succeed: left out of the control run. */
  nothingToGetWrong?: true;
}

/** One case per mutation, by subgraph; each argument is named as in the schema. */
const CASES: Record<string, Case> = {
  // organisations
  createOrganisation: {
    args: () => ({
      input: {
        name: "",
        kind: "FAMILY_COURT",
        regionKey: "13003",
        postalCode: "1234",
        website: "ftp://example.org",
        email: "no address",
      },
    }),
  },
  updateOrganisation: {
    args: (t) => ({ id: t.organisation, version: STALE, input: { name: "x", regionKey: "0", postalCode: "abc" } }),
  },
  archiveOrganisation: { args: (t) => ({ id: t.organisation, version: STALE }) },
  restoreOrganisation: { args: (t) => ({ id: t.organisation, version: STALE }) },
  createContact: {
    args: (t) => ({ input: { organisationId: t.organisation, function: "", email: "nobody", phone: "call me" } }),
  },
  updateContact: { args: (t) => ({ id: t.contact, version: STALE, input: { function: " ", phone: "letters" } }) },
  eraseContact: { nothingToGetWrong: true, args: (t) => ({ id: t.contact }) },
  createOffer: {
    args: (t) => ({
      input: { providerId: t.organisation, title: "", kind: "GROUP", regionKey: "no key", minAge: 30, maxAge: 2 },
    }),
  },
  updateOffer: { args: (t) => ({ id: t.offer, version: STALE, input: { title: "", minAge: -1, regionKey: "99999" } }) },
  archiveOffer: { args: (t) => ({ id: t.offer, version: STALE }) },
  createCooperationAgreement: {
    args: (t) => ({
      input: {
        keeperId: t.organisation,
        title: "",
        legalBasis: "OTHER",
        status: "SIGNED",
        validUntil: "2025-02-30",
        partyIds: ["not-an-id"],
      },
    }),
  },
  updateCooperationAgreement: {
    args: (t) => ({ id: t.agreement, version: STALE, input: { title: "", signedOn: "31.12.2025", partyIds: [] } }),
  },
  createRegion: {
    stateOffice: true,
    args: () => ({ input: { key: "abc", name: "", kind: "DISTRICT", parentKey: "99", validFrom: "never" } }),
  },
  updateRegion: {
    stateOffice: true,
    args: () => ({ key: "13003", version: STALE, input: { name: "", parentKey: "13003", validFrom: "2025-13-01" } }),
  },
  dissolveRegion: {
    stateOffice: true,
    args: () => ({ key: "13003", version: STALE, input: { validUntil: "tomorrow", successorKeys: [] } }),
  },
  // networks
  createNetwork: {
    args: () => ({
      input: {
        name: "",
        kind: "COMBINED",
        regionKey: "Rostock",
        responsibleDistrictKey: "13003",
        foundedOn: "2025-02-30",
        plenaryMeetingsPerYear: 400,
      },
    }),
  },
  updateNetwork: {
    args: (t) => ({ id: t.network, version: STALE, input: { name: "", foundedOn: "yesterday", parentId: t.network } }),
  },
  endNetwork: {
    args: (t) => ({
      id: t.network,
      version: STALE,
      input: { status: "MERGED", endedOn: "1800-01-01", successorId: t.network },
    }),
  },
  addMembership: {
    args: (t) => ({
      input: { networkId: t.network, organisationId: "not-an-id", role: "MEMBER", since: "2025-99-99" },
    }),
  },
  updateMembership: { args: (t) => ({ id: t.membership, version: STALE, input: { since: "not a date" } }) },
  endMembership: { args: (t) => ({ id: t.membership, version: STALE, input: { until: "31.12.2025" } }) },
  createWorkingGroup: {
    args: (t) => ({
      input: { networkId: t.network, name: "", kind: "STANDING", foundedOn: "2025-02-30", memberIds: ["x"] },
    }),
  },
  updateWorkingGroup: {
    args: (t) => ({ id: t.workingGroup, version: STALE, input: { name: "", status: "CLOSED", endedOn: "never" } }),
  },
  createMeeting: {
    args: (t) => ({
      input: { networkId: t.network, kind: "PLENARY", date: "2025-02-30", participantCount: -5, workingGroupId: "x" },
    }),
  },
  updateMeeting: {
    args: (t) => ({
      id: t.meeting,
      version: STALE,
      input: { date: "soon", participantCount: -1, agenda: [{ topic: "" }] },
    }),
  },
  createPriority: { args: (t) => ({ input: { networkId: t.network, year: 1800, kind: "FOCUS", title: "" } }) },
  updatePriority: { args: (t) => ({ id: t.priority, version: STALE, input: { year: 3000, title: "" } }) },
  removePriority: { args: (t) => ({ id: t.priority, version: STALE }) },
  createGoal: {
    args: (t) => ({ input: { networkId: t.network, title: "", scope: "LOCAL", state: "PLANNED", year: 3000 } }),
  },
  updateGoal: { args: (t) => ({ id: t.goal, version: STALE, input: { title: "", year: 1 } }) },
  removeGoal: { args: (t) => ({ id: t.goal, version: STALE }) },
  createMilestone: { args: (t) => ({ input: { networkId: t.network, date: "2025-02-30", title: "" } }) },
  updateMilestone: { args: (t) => ({ id: t.milestone, version: STALE, input: { date: "later", title: "" } }) },
  removeMilestone: { args: (t) => ({ id: t.milestone, version: STALE }) },
  subscribe: { args: (t) => ({ input: { networkId: t.network, email: "no address", contactId: "x" } }) },
  unsubscribe: { args: (t) => ({ id: t.subscription, version: STALE }) },
  // budgets
  setConsultationBudget: {
    stateOffice: true,
    args: (t) => ({
      input: { youthOfficeId: t.youthOffice, districtKey: "Rostock", year: 3000, allocatedDays: -0.3, reason: "" },
    }),
  },
  setCooperationPool: { stateOffice: true, args: () => ({ input: { year: 1800, allocatedDays: 0.3, reason: "" } }) },
  requestConsultation: {
    args: (t) => ({
      input: {
        kind: "NETWORK_DEVELOPMENT",
        plannedDate: "2025-02-30",
        days: 0,
        title: "Fall geb. 01.02.2020",
        networkId: t.network,
        requestingDistrictKey: "13003",
        participatingDistrictKeys: ["x"],
      },
    }),
  },
  approveConsultation: {
    stateOffice: true,
    args: (t) => ({ id: t.requested, version: STALE, input: { expertIds: [], days: -1 } }),
  },
  recordDelivery: { stateOffice: true, args: (t) => ({ id: t.approved, version: STALE, input: { days: 0.3 } }) },
  cancelConsultation: { args: (t) => ({ id: t.requested, version: STALE, input: { reason: "" } }) },
  createExpert: { stateOffice: true, args: () => ({ input: { name: "", professions: [] } }) },
  updateExpert: {
    stateOffice: true,
    args: (t) => ({ id: t.expert, version: STALE, input: { name: "", professions: ["x"] } }),
  },
};

// What the state office reads before and after: the targets with their versions, and each subgraph's change count.
const SNAPSHOT = `query {
  networks(first: 5, filter: { regionKey: "13003" }) { nodes { id version status name responsibleDistrictKey
    memberships { id version role since until } workingGroups { id version name status } meetings { id version date }
    priorities { id version title } goals { id version title } milestones { id version title } subscriptions { id version } } }
  organisations(first: 100, filter: { regionKey: "13003" }) { totalCount nodes { id kind version status name contacts { id version function } } }
  offers(first: 100, filter: { districtKey: "13003" }) { totalCount nodes { id version title } }
  cooperationAgreements(first: 100, filter: { districtKey: "13003" }) { totalCount nodes { id version title status } }
  regions { key version name validUntil }
  consultations(first: 500, filter: { districtKey: "13003" }) { totalCount nodes { id version status requestingDistrictKey } }
  experts(activeOnly: false) { id version name active professions }
  consultationBudgets(year: 2025, regionKey: "13003") { id version allocatedDays youthOffice { id } }
  cooperationPool(year: 2025) { version allocatedDays }
  organisationsAuditTrail(first: 1) { totalCount }
  networksAuditTrail(first: 1) { totalCount }
  budgetsAuditTrail(first: 1) { totalCount }
}`;

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null };
interface MutationField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
const TYPE = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";
const MUTATIONS = `{ __schema { mutationType { fields { name args { name type { ${TYPE} } } type { ${TYPE} } } } } }`;
const typeName = (t: TypeRef): string =>
  t.kind === "NON_NULL" ? `${typeName(t.ofType!)}!` : t.kind === "LIST" ? `[${typeName(t.ofType!)}]` : t.name!;
const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);

/** The mutation as a document that passes GraphQL validation, every argument a variable. */
function documentOf(m: MutationField): string {
  const variables = m.args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(", ");
  const args = m.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = named(m.type).kind === "OBJECT" ? " { __typename }" : "";
  return `mutation ${m.name}(${variables}) { ${m.name}(${args})${selection} }`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The same arguments with every record id (and region key) replaced by one that exists nowhere. */
function withUnknownIds(value: unknown, key?: string): unknown {
  if (typeof value === "string")
    return UUID.test(value) ? "00000000-0000-4000-8000-00000000dead" : key === "key" ? "99999" : value;
  if (Array.isArray(value)) return value.map((v) => withUnknownIds(v));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnknownIds(v, k)]));
  return value;
}

let graph: RunningGraph;
let stateOffice: string;
let analyst: string;
let seenplatte: string;
let targets: Targets;
/** Records of 13071's own, which its youth office may edit but neither hand to another district nor re-kind. */
let own: { network: string; organisation: string };
let before: unknown;
/** Each mutation of the composed schema, with the subgraph that resolves it. */
const mutations = new Map<string, { field: MutationField; subgraph: SubgraphName }>();
const gatewayMutations: string[] = [];

async function read(query: string, bearer = stateOffice, url?: string): Promise<any> {
  const r = await graph.gql(bearer, query, undefined, url);
  expect(r.errors, JSON.stringify(r.errors?.slice(0, 3))).toBeUndefined();
  return r.data;
}

beforeAll(async () => {
  graph = await startGraph();
  ({ stateOffice, analyst, seenplatte } = await commonTokens());
  gatewayMutations.push(...(await read(MUTATIONS)).__schema.mutationType.fields.map((f: MutationField) => f.name));
  for (const subgraph of SUBGRAPH_NAMES) {
    const fields: MutationField[] =
      (await read(MUTATIONS, stateOffice, graph.subgraphUrls[subgraph])).__schema.mutationType?.fields ?? [];
    for (const field of fields) mutations.set(field.name, { field, subgraph });
  }
  before = await read(SNAPSHOT);
  const data = before as any;
  const rostock = data.networks.nodes.find((n: any) => n.responsibleDistrictKey === "13003");
  const organisations = data.organisations.nodes.filter((o: any) => o.kind !== "YOUTH_OFFICE");
  const consultations = data.consultations.nodes.filter((c: any) => c.requestingDistrictKey === "13003");
  targets = {
    network: rostock.id,
    membership: rostock.memberships[0].id,
    workingGroup: rostock.workingGroups[0].id,
    meeting: rostock.meetings[0].id,
    priority: rostock.priorities[0].id,
    goal: rostock.goals[0].id,
    milestone: rostock.milestones[0].id,
    subscription: rostock.subscriptions[0].id,
    organisation: organisations.find((o: any) => o.contacts.length).id,
    youthOffice: data.organisations.nodes.find((o: any) => o.kind === "YOUTH_OFFICE").id,
    contact: organisations.flatMap((o: any) => o.contacts)[0].id,
    offer: data.offers.nodes[0].id,
    agreement: data.cooperationAgreements.nodes[0].id,
    requested: consultations.find((c: any) => c.status === "REQUESTED").id,
    approved: consultations.find((c: any) => c.status === "APPROVED").id,
    expert: data.experts[0].id,
  };
  const mine = await read(`{
    networks(first: 20, filter: { regionKey: "13071" }) { nodes { id responsibleDistrictKey } }
    organisations(first: 1, filter: { regionKey: "13071", kind: DAYCARE }) { nodes { id } }
  }`);
  own = {
    network: mine.networks.nodes.find((n: any) => n.responsibleDistrictKey === "13071").id,
    organisation: mine.organisations.nodes[0].id,
  };
});

afterAll(async () => {
  await graph?.stop();
});

type CallerName = "analyst" | "youth office 13071" | "state office";
const bearer = (caller: CallerName) =>
  caller === "analyst" ? analyst : caller === "state office" ? stateOffice : seenplatte;

interface Attempt {
  caller: CallerName;
  mutation: string;
  args: Record<string, unknown>;
  /** The owning subgraph's URL, or the gateway's. */
  url: string;
}

/** Sends each attempt and lists those not answered with exactly one error of an `expected` code and no data. */
async function answeredOtherwise(attempts: Attempt[], expected: readonly string[] = ["FORBIDDEN"]): Promise<string[]> {
  const wrong: string[] = [];
  for (const { caller, mutation, args, url } of attempts) {
    const r = await graph.gql(bearer(caller), documentOf(mutations.get(mutation)!.field), args, url);
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    if (codes.length !== 1 || !expected.includes(codes[0]) || r.data?.[mutation] != null) {
      wrong.push(
        `${caller}, ${mutation}: ${r.errors?.map((e) => `${e.extensions?.code} ${e.message}`).join(" | ") ?? `no error, ${JSON.stringify(r.data)}`}`,
      );
    }
  }
  return wrong;
}

const direct = (mutation: string) => graph.subgraphUrls[mutations.get(mutation)!.subgraph];
const each = (caller: CallerName, only: (c: Case) => boolean = () => true): Attempt[] =>
  Object.entries(CASES)
    .filter(([, c]) => only(c))
    .map(([mutation, c]) => ({ caller, mutation, args: c.args(targets), url: direct(mutation) }));

describe("rights before validation", () => {
  it("has a case for every mutation of the graph, each resolved by one subgraph", () => {
    expect(gatewayMutations.length).toBeGreaterThan(40);
    expect([...mutations.keys()].sort()).toEqual([...gatewayMutations].sort());
    expect(Object.keys(CASES).sort()).toEqual([...gatewayMutations].sort());
  });

  it("refuses an analyst every mutation with FORBIDDEN, at the subgraph", async () => {
    expect(await answeredOtherwise(each("analyst"))).toEqual([]);
  });

  it("refuses youth office 13071 every mutation on Rostock's records, and the state office's mutations, with FORBIDDEN, at the subgraph", async () => {
    expect(await answeredOtherwise(each("youth office 13071"))).toEqual([]);
  });

  it("refuses a caller whose role may not make a mutation before it looks an id up: FORBIDDEN for ids that exist nowhere", async () => {
    const refusedByRole = [...each("analyst"), ...each("youth office 13071", (c) => !!c.stateOffice)];
    expect(
      await answeredOtherwise(
        refusedByRole.map((a) => ({ ...a, args: withUnknownIds(a.args) as Record<string, unknown> })),
      ),
    ).toEqual([]);
  });

  it("refuses youth office 13071 to hand its own records away or re-kind them, before the rest of the input", async () => {
    const attempts: Attempt[] = [
      {
        mutation: "updateNetwork",
        args: { id: own.network, version: STALE, input: { responsibleDistrictKey: "13003", name: "" } },
      },
      {
        mutation: "updateNetwork",
        args: { id: own.network, version: STALE, input: { responsibleDistrictKey: null, foundedOn: "soon" } },
      },
      {
        mutation: "updateOrganisation",
        args: { id: own.organisation, version: STALE, input: { regionKey: "13003", postalCode: "1" } },
      },
      {
        mutation: "updateOrganisation",
        args: { id: own.organisation, version: STALE, input: { kind: "YOUTH_OFFICE", name: "" } },
      },
    ].map((a) => ({ ...a, caller: "youth office 13071", url: direct(a.mutation) }));
    expect(await answeredOtherwise(attempts)).toEqual([]);
  });

  it("answers the same through the gateway", async () => {
    const sample = [
      "updateOrganisation",
      "createContact",
      "updateNetwork",
      "addMembership",
      "requestConsultation",
      "setConsultationBudget",
    ];
    const attempts = sample.flatMap((mutation) =>
      (["analyst", "youth office 13071"] as const).map((caller) => ({
        caller,
        mutation,
        args: CASES[mutation]!.args(targets),
        url: graph.gatewayUrl,
      })),
    );
    expect(await answeredOtherwise(attempts)).toEqual([]);
  });

  it("uses cases that are wrong beyond the rights: the state office, who may, is refused for their input or version", async () => {
    expect(
      await answeredOtherwise(
        each("state office", (c) => !c.nothingToGetWrong),
        ["BAD_USER_INPUT", "CONFLICT"],
      ),
    ).toEqual([]);
  });

  it("changed nothing: the targets, their versions and every subgraph's change history read as before", async () => {
    expect(await read(SNAPSHOT)).toEqual(before);
  });
});
