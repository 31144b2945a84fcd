// `pnpm schema:check`: lists how the current public schema differs from the published one and fails on a
// breaking change that is not announced in schema-announcements.json.
// `pnpm schema:publish`: makes the current public schema the published one (at a release) and clears the
// announcements it carried out.
import { writeFileSync } from "node:fs";
import { compose } from "./supergraph.js";
import {
  ANNOUNCEMENTS_FILE,
  describeChange,
  PUBLISHED_SCHEMA_FILE,
  readAnnouncements,
  readPublishedSchema,
  schemaChanges,
  unannounced,
} from "./compatibility.js";

const { apiSchema } = compose();
if (process.argv.includes("--publish")) {
  writeFileSync(PUBLISHED_SCHEMA_FILE, apiSchema);
  writeFileSync(ANNOUNCEMENTS_FILE, `${JSON.stringify({ announcements: [] }, null, 2)}\n`);
  console.error(`published the current schema to ${PUBLISHED_SCHEMA_FILE.pathname}`);
} else {
  const changes = await schemaChanges(readPublishedSchema(), apiSchema);
  for (const change of changes) console.log(describeChange(change));
  const breaking = unannounced(changes, readAnnouncements());
  console.log(`${changes.length} changes against the published schema, ${breaking.length} breaking and not announced`);
  if (breaking.length) process.exitCode = 1;
}
