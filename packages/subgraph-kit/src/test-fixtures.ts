// Tiny entities and helpers shared by the kit's own tests (not part of the kit's API).
import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { stripVTControlCharacters } from "node:util";
import { type Opt, type Rel } from "@mikro-orm/core";
import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/decorators/legacy";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { AuditEntry } from "./audit/audit-entry.entity.js";
import type { Caller } from "./caller.js";
import { actorStorage } from "./context.js";
import { openDatabase, type Database, type SqlEntityManager } from "./database.js";

@Entity({ tableName: "item" })
export class Item {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Property({ type: "string" })
  name!: string;

  @Property({ type: "string", nullable: true })
  districtKey?: string;

  @Property({ type: "integer", version: true })
  version!: number & Opt;
}

@Entity({ tableName: "part" })
export class Part {
  @PrimaryKey({ type: "uuid" })
  id: string & Opt = randomUUID();

  @Property({ type: "string" })
  label!: string;

  @ManyToOne(() => Item)
  item!: Rel<Item>;

  /** Its item's district, as a contact's is its organisation's (for the audit trail). */
  get districtKey(): string | undefined {
    return this.item?.districtKey;
  }

  /** Its change history moves with its item's (the audit trail's `FollowsOwnerRecord`). */
  get ownerRecordId(): string | undefined {
    return this.item?.id;
  }
}

export interface TestDatabase {
  orm: Database;
  /** Every SQL statement (as logged: `[query] <sql> [took …]`) issued since the database was opened (or since the last `queries.length = 0`). */
  queries: string[];
}

/** A fresh in-memory SQLite database with `Item`, `Part` and the audit table, logging its SQL. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const queries: string[] = [];
  const orm = await openDatabase({
    service: "t",
    entities: [Item, Part],
    migrations: [],
    dataDir: ":memory:",
    // MikroORM colours its log lines; keep the plain SQL
    onQuery: (sql) => queries.push(stripVTControlCharacters(sql)),
  });
  queries.length = 0;
  return { orm, queries };
}

/**
 * For a test file of the audit trail: one database for the file, emptied before each test. `as` runs `work` as a
 * request of `caller` would, with an audited actor.
 */
export function auditTestDatabase() {
  const db = {} as TestDatabase;
  beforeAll(async () => {
    Object.assign(db, await openTestDatabase());
  });
  afterAll(async () => {
    await db.orm.close();
  });
  beforeEach(async () => {
    const em = db.orm.em.fork();
    await em.nativeDelete(AuditEntry, {});
    await em.nativeDelete(Part, {});
    await em.nativeDelete(Item, {});
  });
  const fork = () => db.orm.em.fork() as SqlEntityManager;
  const as = <T>(caller: Caller, work: (em: SqlEntityManager) => Promise<T>): Promise<T> =>
    actorStorage.run({ audit: true, caller }, () => work(fork()));
  return { db, fork, as };
}
