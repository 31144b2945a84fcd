import { wrap, type ChangeSet, type EntityManager } from "@mikro-orm/core";
import { AuditEntry } from "./audit-entry.entity.js";

/**
 * A record whose district is copied from another record (a contact's from its organisation, a meeting's from its
 * network) names that record here, so that its history moves along when that record moves to another district.
 * Give the top of the chain (the network also for an agenda item of a network's meeting): only that record moves.
 * A record without it owns its own history.
 */
export interface FollowsOwnerRecord {
  readonly ownerRecordId: string | undefined;
}

const follows = (entity: object): entity is FollowsOwnerRecord => "ownerRecordId" in entity;

/** The record whose district `entity` follows (its `ownerRecordId`), or the entity itself. */
export function ownerRecordOf(entity: object, entityType: string, entityId: string): string {
  if (!follows(entity)) return entityId;
  const owner = entity.ownerRecordId;
  // An entry without its owner record would stay with the former district after a move: refuse the change.
  if (typeof owner !== "string")
    throw new Error(
      `${entityType} ${entityId} names no owner record for its change history (is the record it hangs on loaded?).`,
    );
  return owner;
}

/** The owning district as the entity says it (`districtKey`, a column or a getter like a network's). */
export function districtOf(entity: object): string | null {
  const key = (entity as { districtKey?: unknown }).districtKey;
  return typeof key === "string" ? key : null;
}

/** The owning district before the change: from the values before, through the entity's getter where it has one. */
function districtBefore(changeSet: ChangeSet<object>): string | null {
  const before = (changeSet.originalEntity ?? {}) as Record<string, unknown>;
  if (changeSet.meta.properties["districtKey" as never])
    return typeof before.districtKey === "string" ? before.districtKey : null;
  const key: unknown = Reflect.get(changeSet.meta.prototype, "districtKey", before);
  return typeof key === "string" ? key : null;
}

/**
 * When a record that owns its history (an organisation, a network) changes district, every entry of it and of
 * the records that follow it gets the new district as owner: one statement in the transaction of the change.
 * The former district's youth office so reads none of that history any more, nor the personal data in it; the
 * district now responsible reads all of it. A record that follows another moves only with it.
 */
export async function moveHistoryWithRecord(em: EntityManager, changeSet: ChangeSet<object>): Promise<void> {
  if (follows(changeSet.entity)) return;
  const after = districtOf(changeSet.entity);
  if (districtBefore(changeSet) === after) return;
  const id = wrap(changeSet.entity, true).getSerializedPrimaryKey();
  // Only the entries that still name another owner: those this flush wrote have the new one already.
  const stale =
    after === null
      ? { ownerDistrictKey: { $ne: null } }
      : { $or: [{ ownerDistrictKey: null }, { ownerDistrictKey: { $ne: after } }] };
  await em.nativeUpdate(AuditEntry, { ownerRecordId: id, ...stale }, { ownerDistrictKey: after ?? null });
}
