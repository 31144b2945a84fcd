// Tiny entities and helpers shared by the kit's own tests (not part of the kit's API).
import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { stripVTControlCharacters } from "node:util";
import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from "@mikro-orm/core";
import { openDatabase, type Database } from "./database.js";

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
