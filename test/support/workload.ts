/**
 * The operations people really run against the graph, as the admin interface and analysts send them: the state
 * office's statewide overview, a network's page, organisation search with filters and a second page, the yearly
 * service report, the analysts' statistics and a youth office's round of edits. The SQL-statement test runs them at
 * two data sizes; the benchmark (`pnpm bench`) times them.
 *
 * Each works on records of one state, found through the graph (`findWorkloadTarget`): the demo state or a generated
 * one, so the same operation can be compared across data sizes.
 */
import { NATIONWIDE_TODAY } from "@kinderschutz/demo-data/nationwide";

export type WorkloadRole = "state-office" | "youth-office" | "analyst";

/** What the operations work on: one generated state, one of its districts, that district's network. */
export interface WorkloadTarget {
  stateKey: string;
  /** The state's districts and independent cities (as analysts name them in filters). */
  districtKeys: string[];
  districtKey: string;
  /** The district's own network (Netzwerk Frühe Hilfen und Kinderschutz ...). */
  networkId: string;
  /** A partner organisation of the district, which its youth office edits. */
  organisationId: string;
  /** Organisations of the district, so that parallel rounds of edits each edit one of their own. */
  editableOrganisationIds: string[];
  /** Another partner of the district, invited to the youth office's new meeting. */
  attendeeId: string;
  year: number;
  today: string;
  /** When the requested consultation is to take place: soon after the real today (requests for the past are refused). */
  requestDate: string;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** Sends one request as the operation's caller; resolves with `data`, throws on errors. */
export type Send = (request: GraphQLRequest) => Promise<any>;

export interface WorkloadOperation {
  name: string;
  /** Who runs it (a youth office of the target district). */
  role: WorkloadRole;
  /** What it is, for the benchmark's table. */
  description: string;
  /** Whether it changes data (the benchmark runs those sequentially only). */
  writes: boolean;
  run(send: Send, target: WorkloadTarget): Promise<void>;
}

/**
 * The target in a state, found through the graph as the state office sees it: the state's first district (by key)
 * with an active network of both kinds (Frühe Hilfen and Kinderschutz), its first two day-care centres. In a
 * generated state (`pnpm generate germany`) that district and network are the same at every density.
 */
export async function findWorkloadTarget(asStateOffice: Send, stateKey: string): Promise<WorkloadTarget> {
  const { regions } = await asStateOffice({
    query: "query ($state: String!, $today: String!) { regions(parentKey: $state, validOn: $today) { key kind } }",
    variables: { state: stateKey, today: NATIONWIDE_TODAY },
  });
  const districts = (regions as { key: string; kind: string }[])
    .filter((r) => r.kind === "DISTRICT")
    .map((r) => r.key)
    .sort();
  const districtKeys = (regions as { key: string; kind: string }[])
    .filter((r) => r.kind === "DISTRICT" || r.kind === "INDEPENDENT_CITY")
    .map((r) => r.key)
    .sort();
  for (const districtKey of districts) {
    const { networks, organisations, editable } = await asStateOffice({
      query: `query ($district: String!) {
        networks(first: 50, filter: { regionKey: $district, kind: COMBINED, status: ACTIVE }) { nodes { id responsibleDistrictKey } }
        organisations(first: 2, filter: { regionKey: $district, kind: DAYCARE }) { nodes { id } }
        editable: organisations(first: 20, filter: { regionKey: $district }) { nodes { id } }
      }`,
      variables: { district: districtKey },
    });
    const network = (networks.nodes as { id: string; responsibleDistrictKey: string | null }[]).find(
      (n) => n.responsibleDistrictKey === districtKey,
    );
    if (!network || organisations.nodes.length < 2) continue;
    return {
      stateKey,
      districtKeys,
      districtKey,
      networkId: network.id,
      organisationId: organisations.nodes[0].id,
      attendeeId: organisations.nodes[1].id,
      editableOrganisationIds: editable.nodes.map((o: { id: string }) => o.id),
      year: Number(NATIONWIDE_TODAY.slice(0, 4)),
      today: NATIONWIDE_TODAY,
      requestDate: new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10),
    };
  }
  throw new Error(`state ${stateKey} has no district with an active network of both kinds and two day-care centres`);
}

// The admin interface's StatewideOverview (admin-ui/src/routes/operations.ts).
const STATEWIDE_OVERVIEW = /* GraphQL */ `
  query StatewideOverview($year: Int!, $stateKey: String!, $today: String!) {
    regions(parentKey: $stateKey, validOn: $today) {
      key
      name
      kind
      networks {
        id
        status
        memberships(activeOn: $today) {
          id
          organisation {
            id
            sector
          }
        }
        meetings(year: $year, status: HELD) {
          id
        }
      }
    }
    consultationBudgets(year: $year, regionKey: $stateKey) {
      id
      districtKey
      allocatedDays
      bookedDays
      remainingDays
    }
    cooperationPool(year: $year) {
      id
      allocatedDays
      bookedDays
      remainingDays
    }
  }
`;

// The admin interface's NetworkDetail (admin-ui/src/routes/netzwerke/[id]/operations.ts).
const NETWORK_DETAIL = /* GraphQL */ `
  query NetworkDetail($id: ID!) {
    network(id: $id) {
      id
      version
      name
      kind
      status
      responsibleDistrictKey
      foundedOn
      endedOn
      plenaryMeetingsPerYear
      description
      region {
        key
        name
      }
      responsibleOffice {
        id
        name
      }
      coordinator {
        id
        function
        organisation {
          id
          name
        }
      }
      parent {
        id
        name
      }
      children {
        id
        name
      }
      successor {
        id
        name
      }
      memberships {
        id
        role
        since
        until
        organisation {
          id
          name
          sector
        }
      }
      workingGroups {
        id
        name
        kind
        status
      }
      meetings {
        id
        date
        kind
        title
        status
      }
      priorities {
        id
        year
        kind
        title
      }
      goals {
        id
        title
        scope
        state
        year
      }
      milestones {
        id
        date
        precision
        title
        description
      }
      consultations {
        id
        kind
        title
        plannedDate
        status
      }
    }
  }
`;

const ORGANISATION_SEARCH = /* GraphQL */ `
  query OrganisationList($first: Int!, $after: String, $filter: OrganisationFilter) {
    organisations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        kind
        sector
        city
        status
        districtKey
      }
    }
  }
`;

const SERVICE_REPORT = /* GraphQL */ `
  query ServiceReport($year: Int!) {
    serviceReport(year: $year) {
      year
      offices {
        districtKey
        allocatedDays
        requestedDays
        approvedDays
        deliveredDays
        remainingDays
        deliveredConsultations
        youthOffice {
          id
          name
        }
      }
      byKind {
        kind
        requested
        approved
        delivered
        cancelled
        deliveredDays
      }
      pool {
        allocatedDays
        approvedDays
        deliveredDays
        remainingDays
      }
      totals {
        allocatedDays
        requestedDays
        approvedDays
        deliveredDays
      }
    }
  }
`;

const STATISTICS = /* GraphQL */ `
  query Statistics($year: Int!, $districtKeys: [String!], $regionKeys: [String!]) {
    consultationStatistics(year: $year, districtKeys: $districtKeys) {
      year
      kind
      districtKey
      chargedTo
      consultations
      cancelledConsultations
      requestedDays
      bookedDays
      deliveredDays
      youthOffice {
        id
        name
      }
    }
    meetingStatistics(regionKeys: $regionKeys, year: $year) {
      year
      held
      planned
      cancelled
      network {
        id
        name
      }
    }
  }
`;

export const WORKLOAD: readonly WorkloadOperation[] = [
  {
    name: "statewideOverview",
    role: "state-office",
    description:
      "Landesübersicht: every youth office of a state with networks, members by sector, meetings held, days left",
    writes: false,
    run: (send, t) =>
      send({ query: STATEWIDE_OVERVIEW, variables: { year: t.year, stateKey: t.stateKey, today: t.today } }),
  },
  {
    name: "networkDetail",
    role: "youth-office",
    description: "A network's page: members, meetings, plans and consultations",
    writes: false,
    run: (send, t) => send({ query: NETWORK_DETAIL, variables: { id: t.networkId } }),
  },
  {
    name: "organisationSearch",
    role: "state-office",
    description: "Organisation search in a state by kind and name, first and second page of 50",
    writes: false,
    async run(send, t) {
      const filter = { regionKey: t.stateKey, kind: "DAYCARE", search: "kita" };
      const first = await send({ query: ORGANISATION_SEARCH, variables: { first: 50, filter } });
      await send({
        query: ORGANISATION_SEARCH,
        variables: { first: 50, after: first.organisations.pageInfo.endCursor, filter },
      });
    },
  },
  {
    name: "serviceReport",
    role: "state-office",
    description: "The yearly service report of every youth office",
    writes: false,
    run: (send, t) => send({ query: SERVICE_REPORT, variables: { year: t.year } }),
  },
  {
    name: "statistics",
    role: "analyst",
    description: "Analysts' statistics: consultation days and meetings per network of a state, one year",
    writes: false,
    run: (send, t) =>
      send({ query: STATISTICS, variables: { year: t.year, districtKeys: t.districtKeys, regionKeys: [t.stateKey] } }),
  },
  {
    name: "youthOfficeEdits",
    role: "youth-office",
    description:
      "A youth office's round of edits: an organisation's address, a meeting with attendance, a consultation requested and withdrawn",
    writes: true,
    async run(send, t) {
      const { organisation } = await send({
        query: "query ($id: ID!) { organisation(id: $id) { id version city } }",
        variables: { id: t.organisationId },
      });
      await send({
        query:
          "mutation ($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { id version } }",
        variables: {
          id: organisation.id,
          version: organisation.version,
          input: { street: `Hauptstraße ${organisation.version}` },
        },
      });
      await send({
        query: "mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }",
        variables: {
          input: {
            networkId: t.networkId,
            kind: "PLENARY",
            date: t.today,
            status: "HELD",
            title: "Netzwerktreffen",
            participantCount: 12,
            agenda: [{ topic: "Vorstellung der Angebote", presentingOrganisationId: t.organisationId }],
            attendingOrganisationIds: [t.organisationId, t.attendeeId],
          },
        },
      });
      const { requestConsultation } = await send({
        query:
          "mutation ($input: RequestConsultationInput!) { requestConsultation(input: $input) { id version status } }",
        variables: {
          input: {
            kind: "REFLECTIVE_CASE_CONSULTATION",
            plannedDate: t.requestDate,
            days: 1,
            title: "Fallberatung",
            networkId: t.networkId,
          },
        },
      });
      // Withdrawn again (the office may while it is only requested), so that rounds of edits leave the contingent as it was.
      await send({
        query:
          "mutation ($id: ID!, $version: Int!, $input: CancelConsultationInput!) { cancelConsultation(id: $id, version: $version, input: $input) { id status } }",
        variables: {
          id: requestConsultation.id,
          version: requestConsultation.version,
          input: { reason: "Termin entfällt" },
        },
      });
    },
  },
];
