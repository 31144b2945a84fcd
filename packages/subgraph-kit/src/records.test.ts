import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorStorage } from "./context.js";
import type { SqlEntityManager } from "./database.js";
import { findById, getById } from "./records.js";
import { Item, openTestDatabase, type TestDatabase } from "./test-fixtures.js";

let db: TestDatabase;
let id: string;
const em = () => db.orm.em.fork() as SqlEntityManager;

beforeAll(async () => {
  db = await openTestDatabase();
  const fork = em();
  id = fork.create(Item, { name: "one" }).id;
  await actorStorage.run({ audit: false }, () => fork.flush());
});
afterAll(() => db.orm.close());

describe("findById", () => {
  it("finds a record by its id, and null for an unknown one", async () => {
    expect((await findById(em(), Item, id))?.name).toBe("one");
    expect(await findById(em(), Item, randomUUID())).toBeNull();
  });

  it("finds nothing for an id that is no UUID, without asking the database", async () => {
    db.queries.length = 0;
    expect(await findById(em(), Item, "1 OR 1=1")).toBeNull();
    expect(db.queries).toEqual([]);
  });
});

describe("getById", () => {
  it("returns the record, or NOT_FOUND naming the entity and the id", async () => {
    expect((await getById(em(), Item, id)).id).toBe(id);
    const missing = randomUUID();
    await expect(getById(em(), Item, missing)).rejects.toMatchObject({
      message: `Item '${missing}' does not exist.`,
      extensions: { code: "NOT_FOUND", type: "Item", id: missing },
    });
  });
});
