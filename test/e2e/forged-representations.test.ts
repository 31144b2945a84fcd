/**
 * Representations as an attacker sends them, straight to each subgraph with ordinary demo tokens: whatever a
 * representation carries besides its key, a subgraph answers as it does for the plain key.
 */
import { Kind, parse, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type TypeNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SUBGRAPH_NAMES,
  startGraph,
  token,
  type GraphQLResponse,
  type RunningGraph,
  type SubgraphName,
} from "../support/graph.js";

let graph: RunningGraph;
const tokens: Record<string, string> = {};
/** A real key per entity type, of a record of district 13003 where the type has districts. */
const keys: Record<string, string> = {};

beforeAll(async () => {
  graph = await startGraph();
  tokens["state office"] = await token("state-office");
  tokens["youth office 13071"] = await token("youth-office", "13071");
  tokens["youth office 13003"] = await token("youth-office", "13003");
  tokens.analyst = await token("analyst");
  const { data } = await graph.gql(
    tokens["state office"]!,
    `query {
      organisations(first: 50, filter: { regionKey: "13003" }) { nodes { id contacts { id } offers { id } } }
      networks(first: 1, filter: { regionKey: "13003" }) { nodes { id } }
      cooperationAgreements(first: 1) { nodes { id } }
      consultationBudgets(year: 2025, regionKey: "13003") { id }
    }`,
  );
  const organisations = data.organisations.nodes as {
    id: string;
    contacts: { id: string }[];
    offers: { id: string }[];
  }[];
  Object.assign(keys, {
    Organisation: organisations[0]!.id,
    Contact: organisations.flatMap((o) => o.contacts)[0]!.id,
    Offer: organisations.flatMap((o) => o.offers)[0]?.id ?? (await anyOffer()),
    Region: "13003",
    Network: data.networks.nodes[0].id,
    CooperationAgreement: data.cooperationAgreements.nodes[0].id,
    ConsultationBudget: data.consultationBudgets[0].id,
  });
});

async function anyOffer(): Promise<string> {
  const { data } = await graph.gql(tokens["state office"]!, "{ offers(first: 1) { nodes { id } } }");
  return data.offers.nodes[0].id;
}

afterAll(async () => {
  await graph?.stop();
});

interface EntityType {
  name: string;
  key: string;
  /** Fields without arguments whose value is a scalar or enum, as `_entities` may ask for them. */
  leaves: string[];
  /** Every field of the type: what a forged representation sets. */
  fields: FieldDefinitionNode[];
}

const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** The resolvable entity types of a subgraph, read from the SDL it publishes. */
async function entityTypes(name: SubgraphName): Promise<EntityType[]> {
  const { data } = await graph.gql(tokens["state office"]!, "{ _service { sdl } }", {}, graph.subgraphUrls[name]);
  const definitions = parse(data._service.sdl).definitions;
  const objects = new Set(
    definitions
      .filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((d) => (d as ObjectTypeDefinitionNode).name.value),
  );
  const types: EntityType[] = [];
  for (const definition of definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const key = definition.directives?.find((d) => d.name.value === "key");
    if (
      !key ||
      key.arguments?.some((a) => a.name.value === "resolvable" && a.value.kind === Kind.BOOLEAN && !a.value.value)
    )
      continue;
    const keyField = key.arguments!.find((a) => a.name.value === "fields")!.value as { value: string };
    const fields = [...(definition.fields ?? [])];
    const computed = (f: FieldDefinitionNode) =>
      f.directives?.some((d) => d.name.value === "external" || d.name.value === "requires");
    types.push({
      name: definition.name.value,
      key: keyField.value,
      leaves: fields
        .filter((f) => !f.arguments?.length && !objects.has(namedType(f.type)) && !computed(f))
        .map((f) => f.name.value),
      fields,
    });
  }
  return types;
}

/** A representation that sets every field of the type (the districts to the attacker's), and a few more. */
function forged(type: EntityType, key: string): Record<string, unknown> {
  const representation: Record<string, unknown> = { __typename: type.name, [type.key]: key };
  for (const field of type.fields) {
    // Fields this subgraph requires are taken, by design, when their type fits: forged here with the wrong type
    // they are refused, which another test checks.
    if (field.name.value === type.key || field.directives?.some((d) => d.name.value === "external")) continue;
    representation[field.name.value] = /district/i.test(field.name.value) ? "13071" : "forged";
  }
  return {
    ...representation,
    ownerDistrictKey: "13071",
    districtKey: "13071",
    deleted: true,
    erasedAt: null,
    version: 99,
  };
}

const entitiesQuery = (type: EntityType) =>
  `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type.name} { ${type.leaves.join(" ")} } } }`;

const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

describe.each(SUBGRAPH_NAMES)("forged representations sent to the %s subgraph", (subgraph) => {
  it("answer what the plain key answers, for every entity type and every role", async () => {
    const types = await entityTypes(subgraph);
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) {
      const key = keys[type.name];
      expect(key, `a key for ${type.name}`).toBeDefined();
      for (const [role, bearer] of Object.entries(tokens)) {
        const url = graph.subgraphUrls[subgraph];
        const plain = await graph.gql(
          bearer,
          entitiesQuery(type),
          { r: [{ __typename: type.name, [type.key]: key }] },
          url,
        );
        const attack = await graph.gql(bearer, entitiesQuery(type), { r: [forged(type, key!)] }, url);
        expect(codes(plain), `${type.name} as ${role}`).not.toContain("INTERNAL_SERVER_ERROR");
        expect(attack, `${type.name} as ${role}`).toEqual(plain);
      }
    }
  });
});

describe("personal data through representations", () => {
  it("stays hidden from another district's youth office and from analysts, whatever district the representation names", async () => {
    const query = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Contact { id name email phone } } }";
    const r = [
      { __typename: "Contact", id: keys.Contact, districtKey: "13071", organisation: { districtKey: "13071" } },
    ];
    for (const bearer of [tokens["youth office 13071"]!, tokens.analyst!]) {
      const answer = await graph.gql(bearer, query, { r }, graph.subgraphUrls.organisations);
      expect(answer.data._entities).toEqual([{ id: keys.Contact, name: null, email: null, phone: null }]);
      expect(new Set(codes(answer))).toEqual(new Set(["FORBIDDEN"]));
    }
    const owner = await graph.gql(tokens["youth office 13003"]!, query, { r }, graph.subgraphUrls.organisations);
    expect(owner.data._entities[0].name).toEqual(expect.any(String));
  });

  it("refuses a required field of the wrong type as bad input, never as an internal error", async () => {
    const answer = await graph.gql(
      tokens.analyst!,
      "query($r: [_Any!]!) { _entities(representations: $r) { ... on Network { memberOrganisationsBySector { sector } } } }",
      { r: [{ __typename: "Network", id: keys.Network, currentMemberOrganisationIds: "all" }] },
      graph.subgraphUrls.organisations,
    );
    expect(answer.status).toBe(200);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
  });
});
