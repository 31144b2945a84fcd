// Prints the gzip size of the JavaScript a browser loads before the first page shows: SvelteKit's entry, the
// app, the root layout and the page that was opened, each with the chunks they import up front. Measured for
// every page; the largest counts against the budget and fails the build when over it. Then what the start page
// costs over the wire: its HTML, scripts and styles as sent uncompressed, and as the gateway sends them now (the
// brotli and gzip copies the build puts next to each file).
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 60;
const kitDir = process.env.ADMIN_UI_VARIANT ? `.svelte-kit-${process.env.ADMIN_UI_VARIANT}` : ".svelte-kit";
const buildDir = new URL(
  `../${process.env.ADMIN_UI_VARIANT ? `build-${process.env.ADMIN_UI_VARIANT}` : "build"}/`,
  import.meta.url,
);
const output = new URL(`../${kitDir}/output/client/`, import.meta.url);
const manifest = JSON.parse(readFileSync(new URL(".vite/manifest.json", output), "utf8"));

const gzipSizes = new Map();
function gzipSize(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(new URL(file, output))).length);
  return gzipSizes.get(file);
}

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}

const keyOf = (predicate) => Object.keys(manifest).find(predicate);
const start = keyOf((k) => manifest[k].isEntry && k.endsWith("runtime/client/entry.js"));
// SvelteKit 3's entry imports its client runtime at once, by a dynamic import that index.html preloads.
const client = keyOf((k) => k.endsWith("runtime/client/client-entry.js"));
const app = keyOf((k) => k.endsWith("client-optimized/app.js"));
const layout = keyOf((k) => k.endsWith("client-optimized/nodes/0.js"));
const pages = Object.keys(manifest).filter(
  (k) => /client-optimized\/nodes\/\d+\.js$/.test(k) && !k.endsWith("/0.js") && !k.endsWith("/1.js"),
);

let worst = { bytes: 0, page: "" };
for (const page of pages) {
  const bytes = [...closure([start, client, app, layout, page])].reduce(
    (sum, key) => sum + gzipSize(manifest[key].file),
    0,
  );
  if (bytes > worst.bytes) worst = { bytes, page: manifest[page].file };
}
const kB = (worst.bytes / 1024).toFixed(1);
console.log(
  `admin-ui initial JavaScript: at most ${kB} kB gzip (largest first page: ${worst.page}; budget ${BUDGET_KB} kB)`,
);
// The start page, as the app's router names it ("/": [2]).
const startNode = /"\/": \[~?(\d+)/.exec(readFileSync(new URL(`../${app}`, import.meta.url), "utf8"))[1];
const startKeys = closure([
  start,
  client,
  app,
  layout,
  keyOf((k) => k.endsWith(`client-optimized/nodes/${startNode}.js`)),
]);
const wire = [
  "index.html",
  ...new Set([...startKeys].flatMap((key) => [manifest[key].file, ...(manifest[key].css ?? [])])),
];
const sizeOf = (file) => statSync(new URL(file, buildDir)).size;
const total = (suffix) => wire.reduce((sum, file) => sum + sizeOf(file + suffix), 0);
console.log(
  `admin-ui start page over the wire (${wire.length} files): ${(total("") / 1024).toFixed(1)} kB uncompressed as ` +
    `sent before, now ${(total(".br") / 1024).toFixed(1)} kB with brotli, ${(total(".gz") / 1024).toFixed(1)} kB with gzip`,
);
if (worst.bytes > BUDGET_KB * 1024) {
  console.error("The admin interface's initial JavaScript is over budget: load the heavy part lazily.");
  process.exit(1);
}
