import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122200750 } from "./Migration20261122200750.js";
import { Migration20261201180238 } from "./Migration20261201180238.js";
import { Migration20261202041000 } from "./Migration20261202041000.js";
import { Migration20261207102355 } from "./Migration20261207102355.js";

/** PostgreSQL migrations, oldest first (written by `pnpm migration:create organisations`). */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122200750", class: Migration20261122200750 },
  { name: "Migration20261201180238", class: Migration20261201180238 },
  { name: "Migration20261202041000", class: Migration20261202041000 },
  { name: "Migration20261207102355", class: Migration20261207102355 },
];
