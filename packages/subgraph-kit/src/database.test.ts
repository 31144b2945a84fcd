import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { actorStorage } from "./context.js";
import { IncompatibleDatabaseError, openDatabase } from "./database.js";
import { Item, Part } from "./test-fixtures.js";

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

function dataDir() {
  const folder = mkdtempSync(path.join(tmpdir(), "kit-db-"));
  folders.push(folder);
  return folder;
}

describe("the embedded SQLite file", () => {
  it("keeps its data across restarts of the same version", async () => {
    const dir = dataDir();
    const first = await openDatabase({ service: "t", entities: [Item, Part], migrations: [], dataDir: dir });
    const em = first.em.fork();
    em.create(Item, { name: "bleibt" });
    await actorStorage.run({ audit: false }, () => em.flush());
    await first.close();

    const second = await openDatabase({ service: "t", entities: [Item, Part], migrations: [], dataDir: dir });
    expect((await second.em.fork().find(Item, {})).map((i) => i.name)).toEqual(["bleibt"]);
    await second.close();
  });

  it("refuses a file made by another version of the schema instead of altering it", async () => {
    const dir = dataDir();
    await (await openDatabase({ service: "t", entities: [Item], migrations: [], dataDir: dir })).close();
    const opening = openDatabase({ service: "t", entities: [Item, Part], migrations: [], dataDir: dir });
    await expect(opening).rejects.toBeInstanceOf(IncompatibleDatabaseError);
    await expect(opening).rejects.toThrow(/t\.db was made by another version.*Move it away/);
  });
});
