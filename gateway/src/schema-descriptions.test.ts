import { composeServices } from "@apollo/composition";
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLSchema,
} from "graphql";
import { describe, expect, it } from "vitest";
import { compose, readSubgraphSdls } from "./supergraph.js";

/** Every type, field, argument, input field and enum value without a description, e.g. `Query.consultation(id)`. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const blank = (description: string | null | undefined) => !description?.trim();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (blank(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe("the public schema", () => {
  // Analysts find their way through the graph by introspection alone, so every name says what it means.
  it("describes every type, field, argument, input field and enum value (add `description:` where one is named)", () => {
    expect(undocumented(buildSchema(compose().apiSchema))).toEqual([]);
  });

  // Composition keeps one description of a type several subgraphs declare and only hints at the others.
  it("gets the same description of a shared type or field from every subgraph that declares it", () => {
    const result = composeServices(
      readSubgraphSdls().map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
    );
    expect(result.errors).toBeUndefined();
    expect(
      (result.hints ?? []).filter((h) => h.definition.code === "INCONSISTENT_DESCRIPTION").map((h) => h.message),
    ).toEqual([]);
  });

  it("names each undocumented element", () => {
    const schema = buildSchema(`
      "Read." type Query { consultation(id: ID!): Meeting }
      type Meeting { "Ok." id: ID! version: Int! }
      "Kinds." enum RegionKind { "A state." STATE MUNICIPALITY }
      input Filter { kind: RegionKind }
    `);
    expect(undocumented(schema).sort()).toEqual(
      [
        "Filter",
        "Filter.kind",
        "Meeting",
        "Meeting.version",
        "Query.consultation",
        "Query.consultation(id)",
        "RegionKind.MUNICIPALITY",
      ].sort(),
    );
  });
});
