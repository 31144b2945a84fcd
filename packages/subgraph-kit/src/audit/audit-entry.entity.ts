import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { randomUUID } from "node:crypto";

export type AuditAction = "CREATE" | "UPDATE" | "DELETE";
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One change of one record: who, when, what, and each changed field before and after. Written by the audit
 * subscriber inside the same transaction as the change itself, so no change lands without its entry.
 */
@Entity({ tableName: "audit_entry" })
@Index({ properties: ["entityType", "entityId", "at"] })
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

  /** The district that owns the changed record: its youth office may read this entry. */
  @Index()
  @Property({ type: "string", length: 12, nullable: true })
  ownerDistrictKey?: string;

  @Property({ type: "json" })
  changes!: FieldChanges;

  @Property({ type: "string", length: 500, nullable: true })
  reason?: string;

  /** The id of the request that made the change (`x-request-id`), to find its log lines. */
  @Property({ type: "string", length: 100, nullable: true })
  requestId?: string;
}
