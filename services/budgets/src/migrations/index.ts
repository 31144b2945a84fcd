import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122213505 } from "./Migration20261122213505.js";
import { Migration20261201180309 } from "./Migration20261201180309.js";
import { Migration20261202072053 } from "./Migration20261202072053.js";
import { Migration20261207102426 } from "./Migration20261207102426.js";

/** PostgreSQL migrations, oldest first (written by `pnpm migration:create budgets`). */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122213505", class: Migration20261122213505 },
  { name: "Migration20261201180309", class: Migration20261201180309 },
  { name: "Migration20261202072053", class: Migration20261202072053 },
  { name: "Migration20261207102426", class: Migration20261207102426 },
];
