// `pnpm start`: the whole graph on this machine, each service as its own process (as in production), with the
// embedded SQLite databases and demo data unless DATABASE_URL-style settings say otherwise.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { printPrefixed } from "./lib/prefixed-output.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { SUBGRAPHS } = await import("../gateway/dist/subgraphs.js");
const { nodeStartFlags } = await import("@kinderschutz/subgraph-kit/auth");
const services = [
  ...SUBGRAPHS.map((s) => ({ name: s.name, cwd: `services/${s.name}` })),
  { name: "gateway", cwd: "gateway" },
];
const env = { ...process.env, APOLLO_TELEMETRY_DISABLED: "1" };
// The gateway also serves the built admin interface and the analysts' GraphQL explorer (/explorer), on the
// same origin as the API: no CORS needed.
const gatewayEnv = { ADMIN_UI_DIR: `${root}/admin-ui/build`, EXPLORER_DIR: `${root}/explorer/dist` };
const children = [];
let stopping = false;

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 5_000).unref();
  Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null))).then(() =>
    process.exit(code),
  );
}

for (const service of services) {
  // node itself, not a pnpm shim: a signal must reach the process that holds the port.
  const child = spawn(process.execPath, [...nodeStartFlags(service.name), "dist/main.js"], {
    cwd: `${root}/${service.cwd}`,
    env: service.name === "gateway" ? { ...gatewayEnv, ...env } : env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  printPrefixed(service.name, child);
  child.on("exit", (code, signal) => {
    if (!stopping) {
      console.error(`[${service.name}] stopped unexpectedly (${signal ?? `exit ${code}`}); stopping the graph`);
      stopAll(1);
    }
  });
  children.push(child);
}

process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));
console.log(
  "Starting the graph: admin interface on http://localhost:4000/ , API on http://localhost:4000/graphql, explorer on http://localhost:4000/explorer (tokens: pnpm --silent token state-office)",
);
