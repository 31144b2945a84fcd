/**
 * What a subgraph's nationwide writer works with: its tables as plain rows, the context that writes them, and how
 * they reach the database, each table in the entity the subgraph names for it (`nationwide`).
 */
import {
  AuditEntry,
  stableId,
  UNAUDITED_FIELDS,
  type FieldChanges,
  type SqlEntityManager,
} from "@kinderschutz/subgraph-kit";
import type { EntityClass, EntityProperty, RequiredEntityData } from "@mikro-orm/core";
import type { NationwidePlan } from "./plan.js";

/** Reports how far a long step is; the command prints it, throttled. */
export interface Progress {
  (step: string, done: number, total: number): void;
}

/**
 * A subgraph's tables as the package writes them: the rows of each table by its name, which is the name of the
 * entity that stores it (enum values as strings, references by id, every column without a database default).
 */
export type Tables = Record<string, object>;

/** The columns of a versioned record (the kit's `Versioned`), which the rows give since no unit of work sets them. */
export interface VersionedRow {
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface GenerationContext<T extends Tables> {
  /** Inside the one transaction of the whole generation: all of it lands, or none. */
  em: SqlEntityManager;
  plan: NationwidePlan;
  progress: Progress;
  /** Writes rows in multi-row INSERTs (no unit of work, no change tracking: fast and of bounded memory). */
  insert<K extends keyof T & string>(table: K, rows: readonly T[K][], step?: string): Promise<void>;
  /** Writes pairs (owner id, target id) of a many-to-many relation of `table`, whose pivot has no class to name. */
  link<K extends keyof T & string>(
    table: K,
    relation: string,
    pairs: readonly (readonly [string, string])[],
    step: string,
  ): Promise<void>;
  /** The values of one column in the rows `table` holds already: the demo data's. */
  stored<K extends keyof T & string>(table: K, column: keyof T[K] & string): Promise<unknown[]>;
  /** The audit entries of records the generator "created" earlier, so that history and lists look as in use. */
  audit(rows: readonly GeneratedAudit<keyof T & string>[], step?: string): Promise<void>;
}

export interface GeneratedAudit<Table extends string = string> {
  /** The table of the record; the entry names the entity that stores it. */
  entityType: Table;
  entityId: string;
  at: Date;
  ownerDistrictKey: string | undefined;
  /** The record whose district this one follows (`FollowsOwnerRecord`); the record itself when left out. */
  ownerRecordId?: string;
  changes: FieldChanges;
  action?: "CREATE" | "UPDATE";
  /** Who made the change: the owning district's youth office (the default for a district's record), or the state office. */
  by?: "YOUTH_OFFICE" | "STATE_OFFICE";
  reason?: string;
}

/** The changes the audit subscriber records for a new record: every set field, from nothing to its value. */
export function creationChanges(fields: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(fields)) {
    if (UNAUDITED_FIELDS.has(field) || value === undefined || value === null) continue;
    changes[field] = { before: null, after: value };
  }
  return changes;
}

function auditRow(r: GeneratedAudit): RequiredEntityData<AuditEntry> {
  const role = r.by ?? (r.ownerDistrictKey ? "YOUTH_OFFICE" : "STATE_OFFICE");
  const callerDistrictKey = role === "YOUTH_OFFICE" ? r.ownerDistrictKey : undefined;
  return {
    id: stableId("audit", `${r.entityType}|${r.entityId}|${r.at.toISOString()}`),
    at: r.at,
    subject: `generiert-${callerDistrictKey ?? "land"}`,
    role,
    callerDistrictKey,
    entityType: r.entityType,
    entityId: r.entityId,
    action: r.action ?? "CREATE",
    ownerDistrictKey: r.ownerDistrictKey,
    ownerRecordId: r.ownerRecordId ?? r.entityId,
    changes: r.changes,
    reason: r.reason,
  };
}

/** What a subgraph adds to the nationwide data set: its own rows for the planned regions, offices and networks. */
export type NationwideWriter<T extends Tables> = (context: GenerationContext<T>) => Promise<void>;

/** Where a subgraph stores each of the package's tables: the entity class of each. */
export type TableEntities<T extends Tables> = { readonly [K in keyof T]: EntityClass<object> };

/** The tables whose rows the entity meant to store them would not take: never when it takes them all. */
type Unfit<T extends Tables, S extends TableEntities<T>> = {
  [K in keyof T]: S[K] extends abstract new (...args: never[]) => infer E
    ? T[K] extends RequiredEntityData<E>
      ? never
      : K
    : K;
}[keyof T];

/** A subgraph's part of the nationwide data: the package's writer and the subgraph's storage of its tables. */
export interface NationwideGeneration {
  write: NationwideWriter<Tables>;
  tables: TableEntities<Tables>;
}

/**
 * The package's writer with the entities the subgraph stores its tables in. Fails to compile when an entity would
 * not take the package's rows (a column missing or of another type, an enum value the subgraph does not have).
 */
export function nationwide<T extends Tables, S extends TableEntities<T>>(
  write: NationwideWriter<T>,
  tables: S & Record<Unfit<T, S>, "does not take the package's rows for this table">,
): NationwideGeneration {
  return { write: write as NationwideWriter<Tables>, tables };
}

const rowsPerStatement = (columns: number) => Math.max(1, Math.min(1_000, Math.floor(30_000 / Math.max(1, columns))));

/** The `generate` command's context for a writer: each table's rows stored in the entity the subgraph names for it. */
export function storage(
  em: SqlEntityManager,
  plan: NationwidePlan,
  progress: Progress,
  tables: TableEntities<Tables>,
): GenerationContext<Tables> {
  const entity = (table: string): EntityClass<object> => {
    const stored = tables[table];
    if (!stored) throw new Error(`nationwide data: no entity stores the table ${table}`);
    return stored;
  };
  return {
    em,
    plan,
    progress,
    insert: (table, rows, step) =>
      insertRows(em, entity(table), rows as readonly RequiredEntityData<object>[], step, progress),
    link: (table, relation, pairs, step) => insertLinks(em, entity(table), relation, pairs, step, progress),
    stored: async (table, column) => {
      const found = await em.find(entity(table), {}, { fields: [column] as never });
      em.clear();
      return found.map((row) => (row as Record<string, unknown>)[column]);
    },
    audit: (rows, step = "Änderungshistorie") =>
      insertRows(
        em,
        AuditEntry,
        rows.map((r) => auditRow({ ...r, entityType: entity(r.entityType).name })),
        step,
        progress,
      ),
  };
}

/** Finds the pivot entity MikroORM generates for the relation, and which of its properties points to which side. */
async function insertLinks(
  em: SqlEntityManager,
  owner: EntityClass<object>,
  relation: string,
  pairs: readonly (readonly [string, string])[],
  step: string,
  progress: Progress,
): Promise<void> {
  const metadata = em.getMetadata();
  const property = (metadata.get(owner).properties as Record<string, EntityProperty>)[relation];
  if (!property?.pivotEntity) throw new Error(`${owner.name}.${relation} is no many-to-many relation`);
  const pivot = metadata.find(property.pivotEntity)!;
  const props = Object.values(pivot.properties);
  const ownerProp = props.find((p) => p.type === owner.name)!;
  const targetProp = props.find((p) => p.type === property.type && p !== ownerProp)!;
  const rows = pairs.map(([from, to]) => ({ [ownerProp.name]: from, [targetProp.name]: to }));
  await insertRows(em, pivot.class, rows, step, progress);
}

async function insertRows<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  rows: readonly RequiredEntityData<T>[],
  step: string | undefined,
  progress: Progress,
): Promise<void> {
  if (rows.length === 0) return;
  const label = step ?? entity.name;
  const columns = em.getMetadata().get(entity).props.length;
  const chunk = rowsPerStatement(columns);
  for (let i = 0; i < rows.length; i += chunk) {
    await em.insertMany(entity, rows.slice(i, i + chunk) as RequiredEntityData<T>[]);
    progress(label, Math.min(i + chunk, rows.length), rows.length);
  }
}
