// Writes the subgraph's SDL to stdout; `pnpm schema` keeps schema.graphql (what composition reads) current.
import "reflect-metadata";
import { printSubgraphSdl } from "@kinderschutz/subgraph-kit";
import { organisationsSubgraph } from "./schema.js";

process.stdout.write(await printSubgraphSdl(organisationsSubgraph));
