import "reflect-metadata";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actorStorage } from "./context.js";
import type { Database } from "./database.js";
import { BadUserInputError } from "./errors.js";
import { DEFAULT_PAGE_SIZE, paginate, pageSize, type Page } from "./pagination.js";
import { Item, openTestDatabase } from "./test-fixtures.js";

let orm: Database;

beforeAll(async () => {
  ({ orm } = await openTestDatabase());
});

afterAll(async () => {
  await orm.close();
});

beforeEach(async () => {
  await actorStorage.run({ audit: false }, () => orm.em.fork().nativeDelete(Item, {}));
});

async function insertItems(names: string[]): Promise<void> {
  const em = orm.em.fork();
  for (const name of names) em.create(Item, { name });
  await actorStorage.run({ audit: false }, () => em.flush());
}

/** Reads every page of `Item` ordered by name, `first` at a time. */
async function readAllPages(first: number): Promise<Page<Item>[]> {
  const pages: Page<Item>[] = [];
  let after: string | undefined;
  do {
    const page = await paginate(orm.em.fork(), Item, {}, { first, after }, "name");
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    if (pages.length > 100) throw new Error("pagination does not end");
  } while (after);
  return pages;
}

async function expectBadUserInput(promise: Promise<unknown>, field: string) {
  const error = await promise.then(
    () => {
      throw new Error("expected BAD_USER_INPUT");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadUserInputError);
  expect((error as BadUserInputError).extensions).toMatchObject({ code: "BAD_USER_INPUT", fields: [{ field }] });
}

describe("paginate", () => {
  it("pages through every row once, in order, with the total on every page", async () => {
    const names = Array.from({ length: 25 }, (_, i) => `item-${String(i).padStart(2, "0")}`);
    await insertItems([...names].reverse());

    const pages = await readAllPages(10);

    expect(pages.map((p) => p.nodes.length)).toEqual([10, 10, 5]);
    expect(pages.map((p) => p.totalCount)).toEqual([25, 25, 25]);
    expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages.flatMap((p) => p.nodes.map((n) => n.name))).toEqual(names);
  });

  it("loses no row among rows with equal values in the ordering column (ties broken by id)", async () => {
    await insertItems(["b", "a", "b", "a", "b", "a", "c", "b", "a", "b", "c", "a"]);
    const all = await orm.em.fork().find(Item, {}, { orderBy: { name: "asc", id: "asc" } });

    const pages = await readAllPages(5);
    const seen = pages.flatMap((p) => p.nodes);

    expect(seen.map((n) => n.id)).toEqual(all.map((n) => n.id));
    expect(new Set(seen.map((n) => n.id)).size).toBe(12);
  });

  it("filters with `where` and counts only the matching rows", async () => {
    const em = orm.em.fork();
    for (let i = 0; i < 6; i++) em.create(Item, { name: `n${i}`, districtKey: i % 2 ? "01" : "02" });
    await actorStorage.run({ audit: false }, () => em.flush());

    const page = await paginate(orm.em.fork(), Item, { districtKey: "01" }, { first: 2 }, "name");

    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((n) => n.name)).toEqual(["n1", "n3"]);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("answers an empty page with a null endCursor", async () => {
    const page = await paginate(orm.em.fork(), Item, {}, {}, "name");

    expect(page).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("returns the default page size when `first` is not given", async () => {
    await insertItems(Array.from({ length: DEFAULT_PAGE_SIZE + 1 }, (_, i) => `x${i}`));

    const page = await paginate(orm.em.fork(), Item, {}, {}, "name");

    expect(page.nodes).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(page.pageInfo.hasNextPage).toBe(true);
  });

  it("rejects a cursor it did not issue", async () => {
    await expectBadUserInput(paginate(orm.em.fork(), Item, {}, { after: "garbage!" }, "name"), "after");
    const wellFormedButWrong = Buffer.from(JSON.stringify({ not: "a cursor" })).toString("base64url");
    await expectBadUserInput(paginate(orm.em.fork(), Item, {}, { after: wellFormedButWrong }, "name"), "after");
  });

  it.each([0, -1, 501, 2.5])("rejects first=%s", async (first) => {
    await expectBadUserInput(paginate(orm.em.fork(), Item, {}, { first }, "name"), "first");
  });
});

describe("pageSize", () => {
  it("accepts the bounds 1 and 500 and defaults to 50", () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(500)).toBe(500);
    expect(pageSize(undefined)).toBe(50);
  });
});
