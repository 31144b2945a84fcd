import type { SqlEntityManager } from "@mikro-orm/sql";
import { isPostgres } from "./database.js";

/**
 * A filter for rows whose `column` contains `term`, ignoring case.
 * PostgreSQL: ILIKE with `%`, `_` and `\` escaped, so they are found literally. SQLite (demo and tests) has no
 * default LIKE escape character, so there each of them matches any single character, the literal one included:
 * a few more hits, never fewer.
 */
export function containsText(em: SqlEntityManager, column: string, term: string): Record<string, unknown> {
  if (isPostgres(em)) {
    return { [column]: { $ilike: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } };
  }
  return { [column]: { $like: `%${term.replace(/[\\%_]/g, "_")}%` } };
}
