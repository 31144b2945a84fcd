/**
 * References a youth office may set, and whom they may point to (README, "Who may do what"): enforced by the
 * subgraph that owns the record, which asks the subgraph owning the target, so a call that skips the gateway
 * gets no further than one through it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type GraphQLResponse, type RunningGraph } from "../support/graph.js";

let graph: RunningGraph;
let stateOffice: string;
let seenplatte: string;
const ids = {} as Record<"ownOffice" | "rostockOffice" | "ownContact" | "rostockContact" | "rostockNetwork", string>;
let ownNetwork: { id: string; version: number };

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

const CREATE_NETWORK =
  "mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id responsibleOffice { id } } }";
const UPDATE_NETWORK =
  "mutation($id: ID!, $version: Int!, $input: UpdateNetworkInput!) { updateNetwork(id: $id, version: $version, input: $input) { id version } }";
const REQUEST =
  "mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { id network { id } } }";

async function organisationsOf(district: string) {
  const { data } = await graph.gql(
    stateOffice,
    `query($d: String!) {
      office: organisations(first: 1, filter: { regionKey: $d, kind: YOUTH_OFFICE }) { nodes { id } }
      all: organisations(first: 100, filter: { regionKey: $d }) { nodes { contacts { id } } }
      networks(first: 50, filter: { regionKey: $d, status: ACTIVE }) { nodes { id version responsibleDistrictKey } }
    }`,
    { d: district },
  );
  const networks = (data.networks.nodes as { id: string; version: number; responsibleDistrictKey: string }[]).filter(
    (n) => n.responsibleDistrictKey === district,
  );
  return {
    office: data.office.nodes[0].id as string,
    contact: data.all.nodes.flatMap((o: { contacts: { id: string }[] }) => o.contacts)[0].id as string,
    network: networks[0]!,
  };
}

beforeAll(async () => {
  graph = await startGraph();
  stateOffice = await token("state-office");
  seenplatte = await token("youth-office", "13071");
  const [own, rostock] = [await organisationsOf("13071"), await organisationsOf("13003")];
  Object.assign(ids, {
    ownOffice: own.office,
    rostockOffice: rostock.office,
    ownContact: own.contact,
    rostockContact: rostock.contact,
    rostockNetwork: rostock.network.id,
  });
  ownNetwork = own.network;
});

afterAll(async () => {
  await graph?.stop();
});

const network = (input: Record<string, unknown>) => ({
  input: {
    name: "Netzwerk Frühe Hilfen Test",
    kind: "EARLY_HELP",
    regionKey: "13071",
    responsibleDistrictKey: "13071",
    ...input,
  },
});

describe.each(["gateway", "networks subgraph directly"])(
  "a youth office's network references, through the %s",
  (through) => {
    const url = () => (through === "gateway" ? graph.gatewayUrl : graph.subgraphUrls.networks);

    it("name its own youth office as responsible office, never another district's", async () => {
      expect(
        codes(await graph.gql(seenplatte, CREATE_NETWORK, network({ responsibleOfficeId: ids.rostockOffice }), url())),
      ).toEqual(["FORBIDDEN"]);
      const own = await graph.gql(seenplatte, CREATE_NETWORK, network({ responsibleOfficeId: ids.ownOffice }), url());
      expect(own.errors).toBeUndefined();
      expect(own.data.createNetwork.responsibleOffice.id).toBe(ids.ownOffice);
    });

    it("name a contact of its own district as coordinator, never another district's", async () => {
      expect(
        codes(
          await graph.gql(seenplatte, CREATE_NETWORK, network({ coordinatorContactId: ids.rostockContact }), url()),
        ),
      ).toEqual(["FORBIDDEN"]);
      const current = await graph.gql(stateOffice, "query($id: ID!) { network(id: $id) { version } }", {
        id: ownNetwork.id,
      });
      const version = current.data.network.version;
      expect(
        codes(
          await graph.gql(
            seenplatte,
            UPDATE_NETWORK,
            { id: ownNetwork.id, version, input: { coordinatorContactId: ids.rostockContact } },
            url(),
          ),
        ),
      ).toEqual(["FORBIDDEN"]);
      const own = await graph.gql(
        seenplatte,
        UPDATE_NETWORK,
        { id: ownNetwork.id, version, input: { coordinatorContactId: ids.ownContact } },
        url(),
      );
      expect(own.errors).toBeUndefined();
    });

    it("link no other district's network as umbrella or as extended network", async () => {
      expect(
        codes(await graph.gql(seenplatte, CREATE_NETWORK, network({ parentId: ids.rostockNetwork }), url())),
      ).toEqual(["FORBIDDEN"]);
      expect(
        codes(await graph.gql(seenplatte, CREATE_NETWORK, network({ extendsIds: [ids.rostockNetwork] }), url())),
      ).toEqual(["FORBIDDEN"]);
    });
  },
);

describe("the state office's references", () => {
  it("may point anywhere", async () => {
    const answer = await graph.gql(
      stateOffice,
      CREATE_NETWORK,
      network({
        responsibleOfficeId: ids.rostockOffice,
        coordinatorContactId: ids.rostockContact,
        extendsIds: [ids.rostockNetwork],
      }),
    );
    expect(answer.errors).toBeUndefined();
  });
});

describe.each(["gateway", "budgets subgraph directly"])(
  "a consultation request's network, through the %s",
  (through) => {
    const url = () => (through === "gateway" ? graph.gatewayUrl : graph.subgraphUrls.budgets);
    const request = (networkId: string, participatingDistrictKeys: string[] = []) => ({
      input: {
        kind: "NETWORK_DEVELOPMENT",
        plannedDate: "2026-12-15",
        days: 0.5,
        networkId,
        participatingDistrictKeys,
      },
    });

    it("is a network of the requesting district or of a participating one, never another", async () => {
      expect(codes(await graph.gql(seenplatte, REQUEST, request(ids.rostockNetwork), url()))).toEqual(["FORBIDDEN"]);
      const own = await graph.gql(seenplatte, REQUEST, request(ownNetwork.id), url());
      expect(own.errors).toBeUndefined();
      expect(own.data.requestConsultation.network.id).toBe(ownNetwork.id);
      const together = await graph.gql(seenplatte, REQUEST, request(ids.rostockNetwork, ["13003"]), url());
      expect(together.errors).toBeUndefined();
    });
  },
);

describe("when the subgraph that owns the target does not answer", () => {
  it("refuses a change that needs it as SUBGRAPH_UNAVAILABLE, changes nothing, and lets changes that need no peer through", async () => {
    const organisations = graph.service("organisations");
    await organisations.stop();
    try {
      const refused = await graph.gql(
        seenplatte,
        CREATE_NETWORK,
        network({ name: "Netzwerk ohne Prüfung", responsibleOfficeId: ids.ownOffice }),
        graph.subgraphUrls.networks,
      );
      expect(codes(refused)).toEqual(["SUBGRAPH_UNAVAILABLE"]);
      expect(refused.errors![0]!.extensions!.subgraph).toBe("organisations");
      const { data } = await graph.gql(
        stateOffice,
        "query($id: ID!) { network(id: $id) { version } }",
        { id: ownNetwork.id },
        graph.subgraphUrls.networks,
      );
      const renamed = await graph.gql(
        seenplatte,
        UPDATE_NETWORK,
        { id: ownNetwork.id, version: data.network.version, input: { description: "Treffen dreimal im Jahr" } },
        graph.subgraphUrls.networks,
      );
      expect(renamed.errors).toBeUndefined();
    } finally {
      await organisations.restart();
    }
    const { data } = await graph.gql(
      stateOffice,
      '{ networks(first: 50, filter: { search: "ohne Prüfung" }) { totalCount } }',
    );
    expect(data.networks.totalCount).toBe(0);
  });
});
