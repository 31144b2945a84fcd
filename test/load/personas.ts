/**
 * The virtual users: each walks through the admin interface (or, as an analyst, the explorer and the CSV export)
 * the way its persona does, sending the requests those pages send, with a short think time between them.
 */
import { Random } from "@kinderschutz/subgraph-kit";
import type { Client, GraphQLAnswer } from "./client.js";
import { POOL, type Account, type Ledger } from "./ledger.js";
import { ORGANISATIONS_EXPORT, type ExampleQuery } from "./operations.js";
import { LOAD_YEAR, STATE_KEY, type District, type Operations, type World } from "./world.js";

export type Role = "youth-office" | "state-office" | "analyst";

export interface VirtualUser {
  name: string;
  role: Role;
  client: Client;
  random: Random;
  /** Youth offices: their district. */
  district?: District;
  /** State office: the contingents (and maybe the pool) this user keeps; one keeper each, see Ledger. */
  accounts: Account[];
}

export interface Scene {
  ops: Operations;
  world: World;
  ledger: Ledger;
  examples: ExampleQuery[];
  /** Longest pause between two requests of one user (think time), in ms. */
  maxThinkMs: number;
}

type Flow = (user: VirtualUser, scene: Scene) => Promise<void>;

const think = (user: VirtualUser, scene: Scene) =>
  new Promise((resolve) => setTimeout(resolve, user.random.int(0, scene.maxThinkMs)));

const SEARCH_TERMS = ["Kita", "Schule", "Beratung", "Jugend", "Klinik", "Familie", "Verein", "Praxis"];
const SECTORS = ["CHILD_AND_YOUTH_WELFARE", "HEALTH", "EDUCATION", "SOCIAL", "CIVIL_SOCIETY"];
const CONSULTATION_KINDS = [
  "NETWORK_DEVELOPMENT",
  "REFLECTIVE_CASE_CONSULTATION",
  "CRISIS_CONSULTATION",
  "QUALIFYING_STANDARDS",
  "EVALUATING_STANDARDS",
  "WORKSHOP",
  "CONFERENCE",
];
const PLACES = [
  "Kreisverwaltung, großer Sitzungssaal",
  "Familienzentrum, Gruppenraum",
  "Rathaus, Ratssaal",
  "Jugendamt, Besprechungsraum 2",
];
const TOPICS = [
  "Bericht aus den Arbeitskreisen",
  "Schutzkonzepte in Kitas",
  "Übergänge Kita–Schule",
  "Planung des Fachtags",
  "Evaluation der Kooperationsvereinbarung",
];

let sequence = 0;
/** A marker that makes each write's values unique, so that the read-back can tell them apart. */
const nextMark = (user: VirtualUser) => `${user.name.replace(/\D+/g, "")}.${++sequence}`;

const plannedDate = (random: Random) =>
  `${LOAD_YEAR}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;

// ---------------------------------------------------------------------------------------------------------------
// Youth offices

const youthOfficeOverview: Flow = async ({ client, district }, { ops, world }) => {
  await client.gql("YouthOfficeOverview", ops.YouthOfficeOverview, {
    year: world.currentYear,
    districtKey: district!.key,
    today: world.today,
  });
};

/** The organisation list: a name search or a sector, then a page or two further. */
const searchOrganisations: Flow = async (user, scene) => {
  const { client, random, district } = user;
  const filter = {
    regionKey: district!.key,
    ...(random.chance(0.5) ? { search: random.pick(SEARCH_TERMS) } : {}),
    ...(random.chance(0.3) ? { sector: random.pick(SECTORS) } : {}),
  };
  let after: string | null = null;
  for (let page = 0; page < 3; page++) {
    const answer: GraphQLAnswer<any> = await client.gql("OrganisationList", scene.ops.OrganisationList, {
      first: 10,
      after,
      filter,
    });
    const info: { hasNextPage: boolean; endCursor: string } | undefined = answer.data?.organisations?.pageInfo;
    if (!info?.hasNextPage || !random.chance(0.6)) return;
    after = info.endCursor;
    await think(user, scene);
  }
};

const openNetwork: Flow = async (user, scene) => {
  const { client, random, district } = user;
  const list = await client.gql("NetworkList", scene.ops.NetworkList, {
    first: 25,
    after: null,
    filter: { regionKey: district!.key },
  });
  const nodes: { id: string }[] = list.data?.networks?.nodes ?? [];
  if (nodes.length === 0) return;
  await think(user, scene);
  await client.gql("NetworkDetail", scene.ops.NetworkDetail, { id: random.pick(nodes).id });
};

/** The form's values as the interface sends them (`toInput` of admin-ui/src/routes/organisationen/form.ts). */
function formInput(stored: any, changes: Record<string, string>) {
  return {
    name: stored.name,
    kind: stored.kind,
    sector: stored.sector ?? undefined,
    regionKey: stored.region.key,
    street: stored.street ?? "",
    postalCode: stored.postalCode ?? "",
    city: stored.city ?? "",
    website: stored.website ?? "",
    email: stored.email ?? "",
    ...changes,
  };
}

/**
 * Edits one of the district's most-used organisations, as the edit page does: read with its version, type, save.
 * A CONFLICT (someone saved in between) is answered by reading the record again and saving on top of it.
 */
const editOrganisation: Flow = async (user, scene) => {
  const { client, random, district } = user;
  const { ops, ledger, world } = scene;
  await client.gql("OrganisationList", ops.OrganisationList, {
    first: 25,
    after: null,
    filter: { regionKey: district!.key },
  });
  await think(user, scene);
  const id = random.pick(district!.edited);
  await client.gql("OrganisationRegions", ops.OrganisationRegions, { validOn: world.today });
  for (let attempt = 0; attempt < 3; attempt++) {
    const read = await client.gql("OrganisationForEdit", ops.OrganisationForEdit, { id });
    const stored = read.data?.organisation;
    if (!stored) return;
    await think(user, scene);
    const mark = nextMark(user);
    const input = formInput(stored, { street: `Lastweg ${mark}`, postalCode: String(random.int(10000, 99999)) });
    const saved = await client.gql(
      "UpdateOrganisation",
      ops.UpdateOrganisation,
      { id, version: stored.version, input },
      ["CONFLICT"],
    );
    if (saved.outcome === "accepted") {
      const facts = saved.data.updateOrganisation;
      if (
        facts.street !== input.street ||
        facts.postalCode !== input.postalCode ||
        facts.version !== stored.version + 1
      ) {
        ledger.oddities.push(
          `updateOrganisation ${id} answered ${JSON.stringify(facts)} for ${JSON.stringify(input)} on version ${stored.version}`,
        );
      }
      ledger.organisationUpdated(id, facts);
      return;
    }
    if (saved.outcome !== "refused") return;
    ledger.organisationRefused(id);
  }
};

/** A planned meeting of one of the office's own networks, with an agenda, as the meeting form sends it. */
const addMeeting: Flow = async (user, scene) => {
  const { client, random, district } = user;
  const { ops, ledger, world } = scene;
  const networkId = random.pick(district!.networks);
  const context = await client.gql("MeetingFormContext", ops.MeetingFormContext, { id: networkId, today: world.today });
  const network = context.data?.network;
  if (!network) return;
  await think(user, scene);
  const groups = network.workingGroups.filter((g: any) => g.status === "ACTIVE");
  const members: string[] = network.memberships.map((m: any) => m.organisation.id);
  const group: { id: string } | null =
    groups.length > 0 && random.chance(0.4) ? random.pick<{ id: string }>(groups) : null;
  const mark = nextMark(user);
  const meeting = {
    networkId,
    kind: group ? "WORKING_GROUP" : "PLENARY",
    date: plannedDate(random),
    status: "PLANNED",
    place: random.pick(PLACES),
    title: `${group ? "Arbeitskreissitzung" : "Netzwerktreffen"} (Lastlauf ${mark})`,
    workingGroupId: group?.id ?? null,
    agenda: random.sample(TOPICS, random.int(1, 3)).map((topic) => ({
      topic,
      presentingOrganisationId: members.length > 0 && random.chance(0.5) ? random.pick(members) : null,
    })),
  };
  const created = await client.gql("CreateNetworkMeeting", ops.CreateNetworkMeeting, { input: meeting });
  if (created.outcome === "accepted") ledger.meetings.push({ ...meeting, id: created.data.createMeeting.id });
  else ledger.refusedMeetingTitles.push(meeting.title);
};

/** A consultation request against the office's own contingent; now and then an overregional one (the pool). */
const requestConsultation: Flow = async (user, scene) => {
  const { client, random, district } = user;
  const { ops, ledger, world } = scene;
  await client.gql("ConsultationOffices", ops.ConsultationOffices, { year: LOAD_YEAR, stateKey: STATE_KEY });
  const choices = await client.gql("RequestChoices", ops.RequestChoices, {
    districtKey: district!.key,
    stateKey: STATE_KEY,
  });
  await think(user, scene);
  const networks: { id: string }[] = choices.data?.networks?.nodes ?? [];
  const others = world.districts.map((d) => d.key).filter((key) => key !== district!.key);
  const request = {
    kind: random.pick(CONSULTATION_KINDS),
    plannedDate: plannedDate(random),
    days: random.int(1, 4) / 2,
    title: `Praxisbegleitung (Lastlauf ${nextMark(user)})`,
    networkId: networks.length > 0 && random.chance(0.3) ? random.pick(networks).id : null,
    requestingDistrictKey: district!.key,
    participatingDistrictKeys: random.chance(0.15) ? [random.pick(others)] : [],
  };
  const answer = await client.gql("RequestConsultation", ops.RequestConsultation, { input: request });
  if (answer.outcome === "accepted") ledger.requests.push({ ...request, id: answer.data.requestConsultation.id });
  else ledger.refusedRequestTitles.push(request.title);
};

// ---------------------------------------------------------------------------------------------------------------
// State office

const statewideOverview: Flow = async ({ client }, { ops, world }) => {
  await client.gql("StatewideOverview", ops.StatewideOverview, {
    year: world.currentYear,
    stateKey: STATE_KEY,
    today: world.today,
  });
};

const serviceReport: Flow = async ({ client }, { ops }) => {
  await client.gql("ServiceReport", ops.ServiceReport, { year: LOAD_YEAR });
};

/**
 * Opens a requested consultation and approves it with an expert. CONFLICT is a correct answer: another colleague
 * approved it first (stale version), or fewer days remain than it needs.
 */
const approveConsultation: Flow = async (user, scene) => {
  const { client, random } = user;
  const { ops, ledger, world } = scene;
  const list = await client.gql("Consultations", ops.Consultations, {
    first: 20,
    after: null,
    filter: { year: LOAD_YEAR, status: "REQUESTED" },
  });
  const nodes: { id: string }[] = list.data?.consultations?.nodes ?? [];
  if (nodes.length === 0) return;
  await think(user, scene);
  const { id } = random.pick(nodes);
  const detail = await client.gql("Consultation", ops.Consultation, { id, withNames: true });
  await client.gql("ActiveExperts", ops.ActiveExperts);
  const consultation = detail.data?.consultation;
  if (!consultation) return;
  await think(user, scene);
  const expertIds = random.sample(world.experts, random.chance(0.2) ? 2 : 1);
  const answer = await client.gql(
    "ApproveConsultation",
    ops.ApproveConsultation,
    { id, version: consultation.version, input: { expertIds }, withNames: true },
    ["CONFLICT"],
  );
  if (answer.outcome === "accepted") {
    const approved = answer.data.approveConsultation;
    if (approved.status !== "APPROVED" || approved.bookedDays !== consultation.requestedDays) {
      ledger.oddities.push(
        `approveConsultation ${id} answered ${approved.status} with ${approved.bookedDays} days for ${consultation.requestedDays} requested`,
      );
    }
    ledger.approved(id, approved.bookedDays);
  } else if (answer.outcome === "refused") {
    ledger.refusedApprovals.add(id);
  }
};

/**
 * Sets one of the user's contingents (or the pool) to what is booked plus a few days. Lowering can meet an
 * approval booked in between: the graph then refuses the allocation for input.allocatedDays, correctly.
 */
const editContingent: Flow = async (user, scene) => {
  const { client, random, accounts } = user;
  const { ops, ledger } = scene;
  const contingents = await client.gql("Contingents", ops.Contingents, { year: LOAD_YEAR, stateKey: STATE_KEY });
  await client.gql("StateYouthOffices", ops.StateYouthOffices, { stateKey: STATE_KEY });
  if (accounts.length === 0 || !contingents.data) return;
  await think(user, scene);
  const account = random.pick(accounts);
  const reason = "Anpassung an den Bedarf (Lastlauf)";
  const expected = ["BAD_USER_INPUT:input.allocatedDays"];
  if (account === POOL) {
    const pool = contingents.data.cooperationPool;
    const allocatedDays = pool.bookedDays + random.int(0, 8) / 2;
    const answer = await client.gql(
      "SetCooperationPool",
      ops.SetCooperationPool,
      { input: { year: LOAD_YEAR, allocatedDays, reason } },
      expected,
    );
    if (answer.outcome === "accepted") ledger.allocated(POOL, answer.data.setCooperationPool.allocatedDays);
    else if (answer.outcome === "refused") ledger.allocationRefused(POOL, allocatedDays);
    return;
  }
  const budget = contingents.data.consultationBudgets.find((b: any) => b.districtKey === account);
  if (!budget) return;
  const allocatedDays = budget.bookedDays + random.int(0, 8) / 2;
  const input = { youthOfficeId: budget.youthOffice.id, districtKey: account, year: LOAD_YEAR, allocatedDays, reason };
  const answer = await client.gql("SetConsultationBudget", ops.SetConsultationBudget, { input }, expected);
  if (answer.outcome === "accepted") ledger.allocated(account, answer.data.setConsultationBudget.allocatedDays);
  else if (answer.outcome === "refused") ledger.allocationRefused(account, allocatedDays);
};

// ---------------------------------------------------------------------------------------------------------------
// Analysts

const exampleQuery: Flow = async ({ client, random }, { examples }) => {
  const example = random.pick(examples);
  await client.gql(`docs/queries ${example.name}`, example.text);
};

const csvExport: Flow = async ({ client }) => {
  await client.exportCsv("export.csv organisations", ORGANISATIONS_EXPORT, { first: 100 });
};

// ---------------------------------------------------------------------------------------------------------------

/** What each persona does how often (relative weights). */
export const FLOWS: Record<Role, [Flow, number][]> = {
  "youth-office": [
    [youthOfficeOverview, 3],
    [searchOrganisations, 3],
    [openNetwork, 2],
    [editOrganisation, 2],
    [addMeeting, 1],
    [requestConsultation, 2],
  ],
  "state-office": [
    [statewideOverview, 2],
    [serviceReport, 1],
    [approveConsultation, 4],
    [editContingent, 1],
  ],
  analyst: [
    [exampleQuery, 5],
    [csvExport, 1],
  ],
};

function pickFlow(random: Random, flows: [Flow, number][]): Flow {
  let n = random.int(
    1,
    flows.reduce((sum, [, w]) => sum + w, 0),
  );
  for (const [flow, weight] of flows) {
    n -= weight;
    if (n <= 0) return flow;
  }
  return flows[0]![0];
}

/**
 * Runs one user until the deadline (a flow under way finishes); returns how many flows it went through. A user
 * first visits each of its persona's pages once, in an order of its own, then goes on at random by the weights:
 * so even a short run covers every flow.
 */
export async function runUser(user: VirtualUser, scene: Scene, deadline: number): Promise<number> {
  const flows = FLOWS[user.role];
  const firstRound = user.random.sample(flows, flows.length).map(([flow]) => flow);
  let done = 0;
  while (performance.now() < deadline) {
    await (firstRound.shift() ?? pickFlow(user.random, flows))(user, scene);
    done++;
    await think(user, scene);
  }
  return done;
}
