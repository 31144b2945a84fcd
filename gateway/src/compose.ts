// `pnpm --filter ./gateway compose`: writes supergraph.graphql and the public schema.graphql from the subgraphs'
// committed SDL.
import { writeFileSync } from "node:fs";
import { API_SCHEMA_FILE, compose, SUPERGRAPH_FILE } from "./supergraph.js";

const { supergraphSdl, apiSchema } = compose();
writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
writeFileSync(API_SCHEMA_FILE, apiSchema);
console.error(`wrote ${SUPERGRAPH_FILE.pathname} and ${API_SCHEMA_FILE.pathname}`);
