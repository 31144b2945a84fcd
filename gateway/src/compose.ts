// `pnpm --filter ./gateway compose`: writes supergraph.graphql from the subgraphs' committed SDL.
import { writeFileSync } from "node:fs";
import { composeSupergraph, SUPERGRAPH_FILE } from "./supergraph.js";

writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
console.error(`wrote ${SUPERGRAPH_FILE.pathname}`);
