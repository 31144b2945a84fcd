import "reflect-metadata";
import { runSubgraph } from "@kinderschutz/subgraph-kit";
import { networksSubgraph } from "./schema.js";

// `node dist/main.js generate <mv | germany>` (pnpm generate) fills the database instead of serving; the generator is
// imported only then, so that a server's start loads none of it.
if (process.argv[2] === "generate") {
  const [{ runGeneration }, { networksGeneration }] = await Promise.all([
    import("@kinderschutz/demo-data/nationwide"),
    import("./generation.js"),
  ]);
  await runGeneration(networksGeneration, process.argv.slice(3));
} else {
  await runSubgraph(networksSubgraph);
}
