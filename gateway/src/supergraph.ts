import { readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { SUBGRAPHS } from "./subgraphs.js";

const repoFile = (path: string) => new URL(`../../${path}`, import.meta.url);

/** The committed supergraph the gateway serves (written by `pnpm schema`, checked by a test). */
export const SUPERGRAPH_FILE = new URL("../supergraph.graphql", import.meta.url);

/**
 * The committed public schema: what clients see of the supergraph (no join directives). The admin interface's
 * typed operations are checked against it at build time, so a change that breaks the interface breaks its build.
 */
export const API_SCHEMA_FILE = new URL("../schema.graphql", import.meta.url);

export function readCommittedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, "utf8");
}

export function readCommittedApiSchema(): string {
  return readFileSync(API_SCHEMA_FILE, "utf8");
}

/** Each subgraph's committed SDL (`services/<name>/schema.graphql`). */
export function readSubgraphSdls(): { name: string; url: string; sdl: string }[] {
  return SUBGRAPHS.map((s) => ({
    name: s.name,
    url: s.defaultUrl,
    sdl: readFileSync(repoFile(`services/${s.name}/schema.graphql`), "utf8"),
  }));
}

/** Composes the supergraph in process; a subgraph that does not fit the others fails here with every reason. */
export function compose(subgraphs = readSubgraphSdls()): { supergraphSdl: string; apiSchema: string } {
  const result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    throw new Error(`The subgraphs do not compose:\n${result.errors.map((e) => `  - ${e.message}`).join("\n")}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchema: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}

export const composeSupergraph = (subgraphs = readSubgraphSdls()): string => compose(subgraphs).supergraphSdl;
