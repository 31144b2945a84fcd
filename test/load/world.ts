/**
 * What the graph holds before the load starts, read through the gateway with the interface's own operations:
 * which records the users of each district will work on, and the state the read-back after the load
 * compares with (versions, meetings, consultations, contingents).
 */
import type { Client, GraphQLAnswer } from "./client.js";
import type { InterfaceOperation } from "./operations.js";

/** The eight districts of Mecklenburg-Vorpommern (state key 13), each with one youth office. */
export const MV_DISTRICTS = ["13003", "13004", "13071", "13072", "13073", "13074", "13075", "13076"] as const;
export const STATE_KEY = "13";

/**
 * The year the users plan consultations and meetings for: the demo data's next year (its "today" is 2026-11-22),
 * with contingents and the pool allocated and nothing booked yet.
 */
export const LOAD_YEAR = 2027;

/** How many organisations at the top of a district's list its users edit: few, so that edits meet. */
export const EDITED_PER_DISTRICT = 4;

export interface District {
  key: string;
  /** The organisations its users edit (the first of the district's list). */
  edited: string[];
  /** Active networks its youth office is responsible for: where its users add meetings. */
  networks: string[];
}

export interface World {
  today: string;
  currentYear: number;
  districts: District[];
  experts: string[];
  initial: {
    organisationVersions: Map<string, number>;
    meetingIds: Map<string, Set<string>>;
    consultations: Map<string, { status: string }>;
    contingents: Map<string, number>;
    pool: number;
  };
}

export type Operations = Record<InterfaceOperation, string>;

/** The answer's data, or an error saying which read failed: setup and read-back must not fail. */
export function dataOf<T>(answer: GraphQLAnswer<T>, what: string): T {
  if (answer.outcome !== "accepted" || !answer.data)
    throw new Error(`${what} failed: HTTP ${answer.status} ${answer.codes.join(",")} ${answer.message ?? ""}`);
  return answer.data;
}

/** Today as the interface computes it (the browser's day), and its year. */
export function todayIso(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export async function allConsultations(client: Client, ops: Operations, year: number): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const page: any = dataOf(
      await client.gql("Consultations", ops.Consultations, { first: 500, after, filter: { year } }),
      "reading the consultations",
    );
    nodes.push(...page.consultations.nodes);
    after = page.consultations.pageInfo.hasNextPage ? page.consultations.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

export async function readWorld(client: Client, ops: Operations): Promise<World> {
  const today = todayIso();
  const organisationVersions = new Map<string, number>();
  const meetingIds = new Map<string, Set<string>>();

  const districts = await Promise.all(
    MV_DISTRICTS.map(async (key): Promise<District> => {
      const list: any = dataOf(
        await client.gql("OrganisationList", ops.OrganisationList, {
          first: 25,
          after: null,
          filter: { regionKey: key },
        }),
        `listing ${key}'s organisations`,
      );
      const edited: string[] = list.organisations.nodes
        .filter((o: any) => o.districtKey === key)
        .slice(0, EDITED_PER_DISTRICT)
        .map((o: any) => o.id);
      for (const id of edited) {
        const org: any = dataOf(
          await client.gql("OrganisationForEdit", ops.OrganisationForEdit, { id }),
          `reading organisation ${id}`,
        );
        organisationVersions.set(id, org.organisation.version);
      }
      const candidates: any = dataOf(
        await client.gql("NetworkList", ops.NetworkList, {
          first: 100,
          after: null,
          filter: { regionKey: key, status: "ACTIVE" },
        }),
        `listing ${key}'s networks`,
      );
      const networks: string[] = [];
      for (const { id } of candidates.networks.nodes) {
        const meeting: any = dataOf(
          await client.gql("NetworkMeeting", ops.NetworkMeeting, { id, today }),
          `reading network ${id}`,
        );
        if (meeting.network.responsibleDistrictKey !== key) continue;
        networks.push(id);
        meetingIds.set(id, new Set(meeting.network.meetings.map((m: any) => m.id)));
      }
      if (edited.length === 0 || networks.length === 0)
        throw new Error(`District ${key} has no organisations or no active network of its own in the demo data`);
      return { key, edited, networks };
    }),
  );

  const experts: string[] = dataOf(
    await client.gql("ActiveExperts", ops.ActiveExperts),
    "reading the experts",
  ).experts.map((e: any) => e.id);
  const consultations = new Map(
    (await allConsultations(client, ops, LOAD_YEAR)).map((c) => [c.id as string, { status: c.status as string }]),
  );
  const contingents: any = dataOf(
    await client.gql("Contingents", ops.Contingents, { year: LOAD_YEAR, stateKey: STATE_KEY }),
    "reading the contingents",
  );
  if (!contingents.cooperationPool) throw new Error(`The demo data has no cooperation pool for ${LOAD_YEAR}`);
  return {
    today,
    currentYear: Number(today.slice(0, 4)),
    districts,
    experts,
    initial: {
      organisationVersions,
      meetingIds,
      consultations,
      contingents: new Map(contingents.consultationBudgets.map((b: any) => [b.districtKey, b.allocatedDays])),
      pool: contingents.cooperationPool.allocatedDays,
    },
  };
}
