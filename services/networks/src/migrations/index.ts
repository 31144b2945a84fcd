import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122203507 } from "./Migration20261122203507.js";
import { Migration20261201180251 } from "./Migration20261201180251.js";
import { Migration20261207102414 } from "./Migration20261207102414.js";
import { Migration20261207192642 } from "./Migration20261207192642.js";

/** PostgreSQL migrations, oldest first (written by `pnpm migration:create networks`). */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122203507", class: Migration20261122203507 },
  { name: "Migration20261201180251", class: Migration20261201180251 },
  { name: "Migration20261207102414", class: Migration20261207102414 },
  { name: "Migration20261207192642", class: Migration20261207192642 },
];
