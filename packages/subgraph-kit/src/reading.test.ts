import "reflect-metadata";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actorStorage } from "./context.js";
import type { Database, SqlEntityManager } from "./database.js";
import { readRows } from "./reading.js";
import { Item, openTestDatabase, Part } from "./test-fixtures.js";

let orm: Database;
let queries: string[];
let item: Item;

beforeAll(async () => {
  ({ orm, queries } = await openTestDatabase());
  const em = orm.em.fork();
  item = em.create(Item, { name: "kept", districtKey: "13003" });
  em.create(Part, { label: "a", item });
  await actorStorage.run({ audit: false }, () => em.flush());
});

afterAll(async () => {
  await orm.close();
});

beforeEach(() => {
  queries.length = 0;
});

const fork = () => orm.em.fork() as SqlEntityManager;
const lastSelect = () => queries.filter((q) => /\bselect\b/i.test(q)).at(-1) ?? "";

describe("readRows", () => {
  it("answers instances of the class with every column, relations as their key, and tracks none of them", async () => {
    const em = fork();

    const [row] = await readRows(em, Item, { id: item.id });
    const [part] = await readRows(em, Part, { item: item.id });

    expect(row).toBeInstanceOf(Item);
    expect({ ...row }).toEqual({ id: item.id, name: "kept", districtKey: "13003", version: 1 });
    expect(part!.item).toEqual({ id: item.id });
    expect(em.getUnitOfWork().getIdentityMap().keys()).toEqual([]);
  });

  it("leaves out the published fields a query does not ask for, and says so when one is read anyway", async () => {
    const [row] = await readRows(
      fork(),
      Item,
      { id: item.id },
      { fields: { published: new Set(["id", "name", "version"]), asked: new Set(["name"]) } },
    );

    expect(lastSelect()).toMatch(/select `i0`.`id`, `i0`.`name`, `i0`.`district_key` from/);
    expect(row!.name).toBe("kept");
    // not published: read always, since getters and rules may compute from it
    expect(row!.districtKey).toBe("13003");
    expect(() => row!.version).toThrow("Item.version was not read: the query did not ask for it");
  });

  it("reads a batch of keys as one plain IN beside further conditions, and asks nothing for no keys", async () => {
    const em = fork();
    const other = em.create(Item, { name: "other", districtKey: "13004" });
    await actorStorage.run({ audit: false }, () => em.flush());
    queries.length = 0;

    const both = await readRows(fork(), Item, { id: { $in: [item.id, other.id, item.id] } });
    const inDistrict = await readRows(fork(), Item, { id: { $in: [item.id, other.id] }, districtKey: "13004" });
    const none = await readRows(fork(), Item, { id: { $in: [] } });

    expect(both.map((row) => row.name).sort()).toEqual(["kept", "other"]);
    expect(inDistrict.map((row) => row.name)).toEqual(["other"]);
    expect(none).toEqual([]);
    expect(queries.filter((q) => /\bselect\b/i.test(q))).toHaveLength(2);
    expect(lastSelect()).toMatch(/where \(`i0`.`id` in \(\?, \?\)\) and `i0`.`district_key` = \?/);
  });

  it("keeps rows of different selections apart", async () => {
    const [narrow] = await readRows(
      fork(),
      Item,
      { id: item.id },
      { fields: { published: new Set(["id", "name", "version"]), asked: new Set(["id"]) } },
    );
    const [full] = await readRows(fork(), Item, { id: item.id });

    expect(() => narrow!.name).toThrow("Item.name was not read");
    expect(full!.name).toBe("kept");
  });
});
