import {
  ChangeSetType,
  Reference,
  Utils,
  wrap,
  type ChangeSet,
  type EventArgs,
  type EventSubscriber,
  type FlushEventArgs,
} from "@mikro-orm/core";
import { actorStorage } from "../context.js";
import { AuditEntry, type AuditAction, type FieldChanges } from "./audit-entry.entity.js";
import { districtOf, moveHistoryWithRecord, ownerRecordOf } from "./ownership.js";

/** Bookkeeping columns whose change says nothing a reader of the history needs. */
export const UNAUDITED_FIELDS: ReadonlySet<string> = new Set(["version", "createdAt", "updatedAt"]);

const ACTION: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: "CREATE",
  [ChangeSetType.UPDATE]: "UPDATE",
  [ChangeSetType.DELETE]: "DELETE",
};

/** A value as it is kept in the history: related records by their key. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (Reference.isReference(value)) return wrap(value.unwrap(), true).getSerializedPrimaryKey();
  if (Utils.isEntity(value)) return wrap(value, true).getSerializedPrimaryKey();
  return value;
}

function fieldChanges(cs: ChangeSet<object>): FieldChanges {
  // MikroORM builds a delete's change set without the previous values; the entity still knows them.
  const before = (cs.originalEntity ?? wrap(cs.entity, true).__originalEntityData ?? {}) as Record<string, unknown>;
  const after = cs.payload as Record<string, unknown>;
  const keys = cs.type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(after);
  const changes: FieldChanges = {};
  for (const key of keys) {
    if (UNAUDITED_FIELDS.has(key)) continue;
    changes[key] = {
      before: cs.type === ChangeSetType.CREATE ? null : plain(before[key]),
      after: cs.type === ChangeSetType.DELETE ? null : plain(after[key]),
    };
  }
  return changes;
}

/**
 * Records every change of every entity in the same flush (and so the same transaction) as the change, and moves
 * a record's history to the district the record moves to in that transaction too.
 * A write without a known actor is refused: nothing may change unrecorded.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ uow, em }: FlushEventArgs): void {
    const changeSets = uow.getChangeSets().filter((cs) => !(cs.entity instanceof AuditEntry) && ACTION[cs.type]);
    if (changeSets.length === 0) return;
    const actor = actorStorage.getStore();
    if (!actor)
      throw new Error("A change was flushed outside a request: every change needs an actor for the audit trail.");
    if (!actor.audit) return;
    if (!actor.caller) throw new Error("An audited change needs a caller.");
    for (const cs of changeSets) {
      const changes = fieldChanges(cs);
      if (cs.type === ChangeSetType.UPDATE && Object.keys(changes).length === 0) continue;
      const entityId = wrap(cs.entity, true).getSerializedPrimaryKey();
      const entry = em.create(AuditEntry, {
        subject: actor.caller.subject,
        role: actor.caller.role,
        callerDistrictKey: actor.caller.districtKey,
        entityType: cs.meta.className,
        entityId,
        action: ACTION[cs.type]!,
        ownerDistrictKey: districtOf(cs.entity) ?? undefined,
        ownerRecordId: ownerRecordOf(cs.entity, cs.meta.className, entityId),
        changes,
        reason: actor.reason,
        requestId: actor.requestId,
      });
      uow.computeChangeSet(entry);
    }
  }

  /** Runs inside the flush's transaction, after the record's own UPDATE: the history moves with it or not at all. */
  async afterUpdate({ em, changeSet }: EventArgs<object>): Promise<void> {
    if (changeSet && !(changeSet.entity instanceof AuditEntry)) await moveHistoryWithRecord(em, changeSet);
  }
}
