import "reflect-metadata";
import { OptimisticLockError } from "@mikro-orm/core";
import { beforeEach, describe, expect, it } from "vitest";
import type { Caller } from "../caller.js";
import { actorStorage, withAuditReason } from "../context.js";
import { ConflictError, ForbiddenError } from "../errors.js";
import { assertVersion } from "../rules.js";
import { auditTestDatabase, Item, Part } from "../test-fixtures.js";
import { AuditEntry } from "./audit-entry.entity.js";
import { auditScope, readAuditTrail } from "./audit.resolver.js";

const stateOffice: Caller = { subject: "state-1", role: "STATE_OFFICE" };
const youthOffice01: Caller = { subject: "yo-01", role: "YOUTH_OFFICE", districtKey: "01" };
const analyst: Caller = { subject: "analyst-1", role: "ANALYST" };

const { fork, as } = auditTestDatabase();

async function createItem(caller: Caller, data: { name: string; districtKey?: string }): Promise<Item> {
  return as(caller, async (em) => {
    const item = em.create(Item, data);
    await em.flush();
    return item;
  });
}

const entriesOf = (id: string) => fork().find(AuditEntry, { entityId: id }, { orderBy: { at: "asc", id: "asc" } });

describe("audit trail", () => {
  it("records a creation with the caller, the record and every field", async () => {
    const item = await createItem(youthOffice01, { name: "Beratungsstelle", districtKey: "01" });

    const [entry, ...rest] = await fork().find(AuditEntry, {});

    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({
      subject: "yo-01",
      role: "YOUTH_OFFICE",
      callerDistrictKey: "01",
      entityType: "Item",
      entityId: item.id,
      action: "CREATE",
      ownerDistrictKey: "01",
    });
    expect(entry!.reason).toBeNull();
    expect(entry!.changes).toEqual({
      id: { before: null, after: item.id },
      name: { before: null, after: "Beratungsstelle" },
      districtKey: { before: null, after: "01" },
    });
  });

  it("records an update with only the changed fields, without the version", async () => {
    const item = await createItem(stateOffice, { name: "Alt", districtKey: "02" });

    await as(stateOffice, async (em) => {
      const loaded = await em.findOneOrFail(Item, item.id);
      loaded.name = "Neu";
      await em.flush();
      expect(loaded.version).toBe(2);
    });

    const update = (await entriesOf(item.id)).find((e) => e.action === "UPDATE");
    expect(update).toMatchObject({
      subject: "state-1",
      role: "STATE_OFFICE",
      callerDistrictKey: null,
      entityType: "Item",
      ownerDistrictKey: "02",
    });
    expect(update!.changes).toEqual({ name: { before: "Alt", after: "Neu" } });
  });

  it("records a deletion with every field's last value", async () => {
    const item = await createItem(stateOffice, { name: "Weg", districtKey: "03" });

    await as(stateOffice, async (em) => {
      em.remove(await em.findOneOrFail(Item, item.id));
      await em.flush();
    });

    const deletion = (await entriesOf(item.id)).find((e) => e.action === "DELETE");
    expect(deletion).toMatchObject({ entityId: item.id, entityType: "Item", ownerDistrictKey: "03" });
    expect(deletion!.changes).toEqual({
      id: { before: item.id, after: null },
      name: { before: "Weg", after: null },
      districtKey: { before: "03", after: null },
    });
  });

  it("records a related record by its key", async () => {
    const item = await createItem(stateOffice, { name: "Träger" });
    const other = await createItem(stateOffice, { name: "Anderer Träger" });

    const part = await as(stateOffice, async (em) => {
      const created = em.create(Part, { label: "Angebot", item: em.getReference(Item, item.id) });
      await em.flush();
      created.item = em.getReference(Item, other.id);
      await em.flush();
      return created;
    });

    const [creation, update] = await entriesOf(part.id);
    expect(creation!.changes).toMatchObject({ item: { before: null, after: item.id } });
    expect(update!.changes).toEqual({ item: { before: item.id, after: other.id } });
  });

  it("records nothing for a flush that changes no field", async () => {
    const item = await createItem(stateOffice, { name: "Gleich" });

    await as(stateOffice, async (em) => {
      const loaded = await em.findOneOrFail(Item, item.id);
      loaded.name = "Gleich";
      await em.flush();
    });

    expect((await entriesOf(item.id)).map((e) => e.action)).toEqual(["CREATE"]);
  });

  it("refuses a flush outside any actor context and writes nothing", async () => {
    const em = fork();
    em.create(Item, { name: "Heimlich" });

    await expect(em.flush()).rejects.toThrow(/outside a request/);
    expect(await fork().count(Item)).toBe(0);
    expect(await fork().count(AuditEntry)).toBe(0);
  });

  it("refuses an audited flush without a caller", async () => {
    const em = fork();
    em.create(Item, { name: "Anonym" });

    await expect(actorStorage.run({ audit: true }, () => em.flush())).rejects.toThrow(/needs a caller/);
    expect(await fork().count(Item)).toBe(0);
  });

  it("writes without recording when auditing is off (the seeder)", async () => {
    const em = fork();
    em.create(Item, { name: "Basis" });
    await actorStorage.run({ audit: false }, () => em.flush());

    expect(await fork().count(Item)).toBe(1);
    expect(await fork().count(AuditEntry)).toBe(0);
  });

  it("puts the reason given with withAuditReason on the entry", async () => {
    const item = await actorStorage.run({ audit: true, caller: stateOffice }, () =>
      withAuditReason("Haushalt 2025 angepasst", async () => {
        const em = fork();
        const created = em.create(Item, { name: "Budget" });
        await em.flush();
        return created;
      }),
    );

    const [entry] = await entriesOf(item.id);
    expect(entry).toMatchObject({ subject: "state-1", reason: "Haushalt 2025 angepasst" });
  });

  it("keeps the request id of the actor, also under a reason, and shows it in the trail", async () => {
    const item = await actorStorage.run({ audit: true, caller: stateOffice, requestId: "req-7f3a" }, () =>
      withAuditReason("Korrektur", async () => {
        const em = fork();
        const created = em.create(Item, { name: "Mit Anfrage" });
        await em.flush();
        return created;
      }),
    );
    const withoutId = await createItem(stateOffice, { name: "Ohne Anfrage" });

    expect((await entriesOf(item.id))[0]).toMatchObject({ requestId: "req-7f3a", reason: "Korrektur" });
    expect((await entriesOf(withoutId.id))[0]!.requestId).toBeNull();
    const page = await readAuditTrail(fork(), stateOffice, { entityId: item.id });
    expect(page.nodes[0]!.requestId).toBe("req-7f3a");
  });
});

describe("reading the audit trail", () => {
  beforeEach(async () => {
    await createItem(stateOffice, { name: "a", districtKey: "01" });
    await createItem(stateOffice, { name: "b", districtKey: "02" });
    await createItem(youthOffice01, { name: "c", districtKey: "01" });
  });

  it("shows the state office every entry", async () => {
    expect(auditScope(stateOffice)).toEqual({});
    const page = await readAuditTrail(fork(), stateOffice, {});
    expect(page.totalCount).toBe(3);
  });

  it("shows a youth office only the entries of its district's records", async () => {
    const page = await readAuditTrail(fork(), youthOffice01, {});

    expect(page.totalCount).toBe(2);
    expect(page.nodes.map((n) => JSON.parse(n.changes.find((c) => c.field === "name")!.after!))).toEqual(["a", "c"]);
  });

  it("refuses analysts with FORBIDDEN", async () => {
    expect(() => auditScope(analyst)).toThrow(ForbiddenError);
    await expect(readAuditTrail(fork(), analyst, {})).rejects.toMatchObject({ extensions: { code: "FORBIDDEN" } });
  });

  it("pages through the entries oldest first, one at a time", async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = await readAuditTrail(fork(), stateOffice, { first: 1, after });
      seen.push(...page.nodes.map((n) => n.id));
      expect(page.pageInfo.hasNextPage).toBe(i < 2);
      after = page.pageInfo.endCursor ?? undefined;
    }
    const all = await fork().find(AuditEntry, {}, { orderBy: { at: "asc", id: "asc" } });
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it("filters by record", async () => {
    const [item] = await fork().find(Item, { name: "b" });
    const page = await readAuditTrail(fork(), stateOffice, { entityType: "Item", entityId: item!.id });

    expect(page.nodes).toHaveLength(1);
    expect(page.nodes[0]).toMatchObject({
      entityId: item!.id,
      action: "CREATE",
      callerDistrictKey: null,
      reason: null,
    });
    expect(page.nodes[0]!.changes).toContainEqual({ field: "name", before: null, after: '"b"' });
  });
});

describe("optimistic locking", () => {
  it("lets the first of two concurrent edits win and refuses the second", async () => {
    const item = await createItem(stateOffice, { name: "Original" });
    const first = fork();
    const second = fork();
    const mine = await first.findOneOrFail(Item, item.id);
    const theirs = await second.findOneOrFail(Item, item.id);
    mine.name = "Mine";
    theirs.name = "Theirs";

    await actorStorage.run({ audit: true, caller: stateOffice }, () => first.flush());
    await expect(actorStorage.run({ audit: true, caller: stateOffice }, () => second.flush())).rejects.toThrow(
      OptimisticLockError,
    );

    const stored = await fork().findOneOrFail(Item, item.id);
    expect(stored).toMatchObject({ name: "Mine", version: 2 });
  });

  it("rolls back the losing edit's audit entry with it", async () => {
    const item = await createItem(stateOffice, { name: "Original" });
    const first = fork();
    const second = fork();
    (await first.findOneOrFail(Item, item.id)).name = "Mine";
    (await second.findOneOrFail(Item, item.id)).name = "Theirs";

    await actorStorage.run({ audit: true, caller: stateOffice }, () => first.flush());
    await actorStorage.run({ audit: true, caller: stateOffice }, () => second.flush()).catch(() => undefined);

    const updates = (await entriesOf(item.id)).filter((e) => e.action === "UPDATE");
    expect(updates.map((e) => e.changes)).toEqual([{ name: { before: "Original", after: "Mine" } }]);
  });

  it("assertVersion refuses an edit based on a stale version with CONFLICT", () => {
    let error: unknown;
    try {
      assertVersion({ version: 3 }, 2, "Item 'x'");
    } catch (e) {
      error = e;
    }

    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).extensions).toMatchObject({ code: "CONFLICT", currentVersion: 3 });
    expect((error as ConflictError).message).toMatch(/your version 2, now 3/);
  });

  it("assertVersion accepts the current version", () => {
    expect(() => assertVersion({ version: 3 }, 3, "Item 'x'")).not.toThrow();
  });
});
