import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { backupEmbeddedDatabase } from "./backup.js";
import { actorStorage } from "./context.js";
import { openDatabase, type Database } from "./database.js";
import { Item, Part } from "./test-fixtures.js";

const folders: string[] = [];
const open: Database[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((orm) => orm.close()));
  folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true }));
});

async function database(): Promise<{ orm: Database; folder: string; file: string }> {
  const folder = mkdtempSync(path.join(tmpdir(), "kit-backup-"));
  folders.push(folder);
  const orm = await openDatabase({
    service: "t",
    entities: [Item, Part],
    migrations: [],
    dataDir: path.join(folder, "data"),
  });
  open.push(orm);
  return { orm, folder, file: path.join(folder, "data", "t.db") };
}

async function addItems(orm: Database, names: string[]): Promise<void> {
  const em = orm.em.fork();
  for (const name of names) em.create(Item, { name });
  await actorStorage.run({ audit: false }, () => em.flush());
}

describe("backupEmbeddedDatabase", () => {
  // Copies taken while a service writes, from another process as in operation, are tested in test/e2e/backup.test.ts:
  // The SQLite driver waits for locks synchronously, so a writer and the copy in one process would only wait for each other.
  it("copies a database into a file that opens with everything in it and leaves no partial file", async () => {
    const { orm, folder, file } = await database();
    await addItems(orm, ["a", "b", "c"]);
    const target = path.join(folder, "backup", "t.db");
    mkdirSync(path.dirname(target));

    await backupEmbeddedDatabase(file, target);
    await addItems(orm, ["after"]);

    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = await openDatabase({
      service: "t",
      entities: [Item, Part],
      migrations: [],
      dataDir: path.dirname(target),
    });
    open.push(copy);
    expect((await copy.em.fork().find(Item, {}, { orderBy: { name: "asc" } })).map((i) => i.name)).toEqual([
      "a",
      "b",
      "c",
    ]);
  });

  it("refuses to overwrite a file and says when there is nothing to copy", async () => {
    const { folder, file } = await database();
    const existing = path.join(folder, "existing.db");
    writeFileSync(existing, "keep me");
    await expect(backupEmbeddedDatabase(file, existing)).rejects.toThrow(/exists already/);
    await expect(backupEmbeddedDatabase(path.join(folder, "none.db"), path.join(folder, "copy.db"))).rejects.toThrow(
      /no database at/,
    );
    expect(existsSync(path.join(folder, "copy.db"))).toBe(false);
  });
});
