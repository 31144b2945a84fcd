import type { SqlEntityManager } from "@mikro-orm/sql";
import { AuditEntry } from "./audit-entry.entity.js";

export const ERASED = "[gelöscht]";

/**
 * Erasure on request (GDPR Art. 17) reaches the change history too: the named fields of one record's entries
 * keep whether they were set, not what they said. Run it in the transaction that erases the record.
 */
export async function redactAuditHistory(
  em: SqlEntityManager,
  entityType: string,
  entityId: string,
  fields: readonly string[],
): Promise<void> {
  const history = await em.find(AuditEntry, { entityType, entityId });
  for (const entry of history) {
    const changes = { ...entry.changes };
    for (const field of fields) {
      const change = changes[field];
      if (change)
        changes[field] = {
          before: change.before === null ? null : ERASED,
          after: change.after === null ? null : ERASED,
        };
    }
    entry.changes = changes;
  }
}
