import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261122211724 } from "./Migration20261122211724.js";

/** PostgreSQL migrations, oldest first (written by `pnpm migration:create budgets`). */
export const migrations: MigrationObject[] = [
  { name: "Migration20261122211724", class: Migration20261122211724 },
];
