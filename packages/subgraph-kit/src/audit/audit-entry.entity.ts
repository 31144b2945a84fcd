import { type Opt } from "@mikro-orm/core";
import { Entity, Index, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { randomUUID } from "node:crypto";

export type AuditAction = "CREATE" | "UPDATE" | "DELETE";
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One change of one record: who, when, what, and each changed field before and after. Written by the audit
 * subscriber inside the same transaction as the change itself, so no change lands without its entry.
 */
@Entity({ tableName: "audit_entry" })
@Index({ properties: ["entityType", "entityId", "at"] })
// A youth office's trail is one district's entries in the order of the pages: read straight off this index.
@Index({ properties: ["ownerDistrictKey", "at", "id"] })
export class AuditEntry {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Property({ type: "datetime" })
  at: Date & Opt = new Date();

  @Property({ type: "string", length: 200 })
  subject!: string;

  @Property({ type: "string", length: 20 })
  role!: string;

  /** The caller's district when a youth office made the change. */
  @Property({ type: "string", length: 12, nullable: true })
  callerDistrictKey?: string;

  @Property({ type: "string", length: 60 })
  entityType!: string;

  @Property({ type: "string", length: 60 })
  entityId!: string;

  @Property({ type: "string", length: 10 })
  action!: AuditAction;

  /**
   * The district that owns the changed record now: its youth office may read this entry. Kept current when the
   * record moves to another district (see `ownerRecordId`), so it is always who may read the record's personal data.
   */
  @Property({ type: "string", length: 12, nullable: true })
  ownerDistrictKey?: string;

  /**
   * The record whose district the changed record follows: an organisation for itself and its contacts, a network
   * for itself and everything in it (also records deleted since). When that record moves to another district,
   * every entry with its id gets the new owner in the same transaction, with one statement on this index.
   */
  @Index()
  @Property({ type: "string", length: 60, nullable: true })
  ownerRecordId?: string;

  @Property({ type: "json" })
  changes!: FieldChanges;

  @Property({ type: "string", length: 500, nullable: true })
  reason?: string;

  /** The id of the request that made the change (`x-request-id`), to find its log lines. */
  @Property({ type: "string", length: 100, nullable: true })
  requestId?: string;
}
