/**
 * Districts that are none: dissolved regions take no new records, and a youth-office token whose district is
 * dissolved, unknown or no district changes nothing, through the gateway and directly at the organisations subgraph.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGraph, token, type GraphQLResponse, type RunningGraph } from "../support/graph.js";

let graph: RunningGraph;
let stateOffice: string;
/** The archived youth office of Müritz (13056, dissolved in 2011). */
let mueritzOffice: { id: string; version: number };
let seenplatteOrganisation: { id: string; version: number };

const CREATE = "mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id districtKey } }";
const UPDATE =
  "mutation($id: ID!, $version: Int!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, version: $version, input: $input) { id name districtKey } }";
const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);
const organisation = (regionKey: string) => ({
  input: { name: "Familienzentrum Test", kind: "COUNSELLING_CENTRE", regionKey },
});

beforeAll(async () => {
  graph = await startGraph();
  stateOffice = await token("state-office");
  const { data } = await graph.gql(
    stateOffice,
    `{ mueritz: organisations(first: 5, filter: { regionKey: "13056", kind: YOUTH_OFFICE, status: ARCHIVED }) { nodes { id version } }
       seenplatte: organisations(first: 1, filter: { regionKey: "13071" }) { nodes { id version } } }`,
  );
  mueritzOffice = data.mueritz.nodes[0];
  seenplatteOrganisation = data.seenplatte.nodes[0];
  expect(mueritzOffice).toBeDefined();
});

afterAll(async () => {
  await graph?.stop();
});

describe("a youth-office token whose district is no current district", () => {
  it.each([
    ["dissolved (Müritz, 13056)", "13056"],
    ["unknown (99999)", "99999"],
  ])("changes nothing through the gateway when its district is %s", async (_what, district) => {
    const bearer = await token("youth-office", district);
    const answer = await graph.gql(bearer, CREATE, organisation(district));
    expect(answer.status).toBe(403);
    expect(codes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.errors![0]!.extensions!.reason).toBe("UNKNOWN_DISTRICT");
    expect(answer.errors![0]!.message).toContain(
      `district ${district} is no district or independent city that exists today`,
    );
    // Reading stays open: the token is valid, only changes are refused.
    const read = await graph.gql(bearer, '{ regions(parentKey: "13") { key } }');
    expect(read.errors).toBeUndefined();
  });

  it.each([
    ["dissolved (Müritz, 13056)", "13056"],
    ["unknown (99999)", "99999"],
  ])("changes nothing directly at the organisations subgraph when its district is %s", async (_what, district) => {
    const bearer = await token("youth-office", district);
    const created = await graph.gql(bearer, CREATE, organisation(district), graph.subgraphUrls.organisations);
    expect(codes(created)).toEqual(["FORBIDDEN"]);
    const edited = await graph.gql(
      bearer,
      UPDATE,
      { id: mueritzOffice.id, version: mueritzOffice.version, input: { name: "Jugendamt Müritz (geändert)" } },
      graph.subgraphUrls.organisations,
    );
    expect(codes(edited)).toEqual(["FORBIDDEN"]);
    const { data } = await graph.gql(stateOffice, "query($id: ID!) { organisation(id: $id) { name version } }", {
      id: mueritzOffice.id,
    });
    expect(data.organisation.version).toBe(mueritzOffice.version);
  });

  it("is no token at all when the district claim is no five-digit district key (13 is a state)", async () => {
    const bearer = await token("youth-office", "13");
    for (const url of [
      graph.gatewayUrl,
      graph.subgraphUrls.organisations,
      graph.subgraphUrls.networks,
      graph.subgraphUrls.budgets,
    ]) {
      const answer = await graph.gql(bearer, "{ __typename }", {}, url);
      expect(answer.status).toBe(401);
      expect(codes(answer)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("leaves a current district's youth office its changes", async () => {
    const answer = await graph.gql(await token("youth-office", "13071"), CREATE, organisation("13071"));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.createOrganisation.districtKey).toBe("13071");
  });
});

describe("a dissolved region", () => {
  it("takes no new organisation, not even from the state office", async () => {
    const answer = await graph.gql(stateOffice, CREATE, organisation("13056"));
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0]!.extensions!.fields).toEqual([
      { field: "input.regionKey", message: "dissolved region", reason: "REGION_DISSOLVED" },
    ]);
  });

  it("takes no organisation moved into it", async () => {
    const answer = await graph.gql(stateOffice, UPDATE, {
      id: seenplatteOrganisation.id,
      version: seenplatteOrganisation.version,
      input: { regionKey: "13056" },
    });
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    const { data } = await graph.gql(stateOffice, "query($id: ID!) { organisation(id: $id) { districtKey version } }", {
      id: seenplatteOrganisation.id,
    });
    expect(data.organisation).toEqual({ districtKey: "13071", version: seenplatteOrganisation.version });
  });

  it("takes no new network, through the gateway or directly at the networks subgraph, which asks the organisations subgraph", async () => {
    const network = {
      input: {
        name: "Netzwerk Kinderschutz Müritz (neu)",
        kind: "COMBINED",
        regionKey: "13056",
        responsibleDistrictKey: "13071",
      },
    };
    const create = "mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }";
    for (const [bearer, url] of [
      [stateOffice, graph.gatewayUrl],
      [await token("youth-office", "13071"), graph.subgraphUrls.networks],
    ] as const) {
      const answer = await graph.gql(bearer, create, network, url);
      expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0]!.extensions!.fields).toEqual([
        { field: "input.regionKey", message: "dissolved region", reason: "REGION_DISSOLVED" },
      ]);
    }
  });

  it("takes no new offer and no new region beneath it", async () => {
    const offer = await graph.gql(
      stateOffice,
      "mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }",
      { input: { title: "Elterncafé", kind: "GROUP", providerId: seenplatteOrganisation.id, regionKey: "13056" } },
    );
    expect(codes(offer)).toEqual(["BAD_USER_INPUT"]);
    const region = await graph.gql(
      stateOffice,
      "mutation($input: CreateRegionInput!) { createRegion(input: $input) { key } }",
      { input: { key: "13056999", name: "Neue Gemeinde", kind: "MUNICIPALITY", parentKey: "13056" } },
    );
    expect(codes(region)).toEqual(["BAD_USER_INPUT"]);
  });
});
