import "reflect-metadata";
import { describe, expect, it } from "vitest";
import type { Caller } from "../caller.js";
import { auditTestDatabase, Item, Part } from "../test-fixtures.js";
import { AuditEntry } from "./audit-entry.entity.js";
import { readAuditTrail } from "./audit.resolver.js";
import { redactAuditHistory } from "./redaction.js";

const stateOffice: Caller = { subject: "state-1", role: "STATE_OFFICE" };
const youthOffice = (districtKey: string): Caller => ({
  subject: `yo-${districtKey}`,
  role: "YOUTH_OFFICE",
  districtKey,
});

const { db, fork, as } = auditTestDatabase();

/** An item of district 01 with two parts, one since removed: five entries of district 01's. */
async function itemWithParts(): Promise<{ item: Item; parts: string[] }> {
  return as(youthOffice("01"), async (em) => {
    const item = em.create(Item, { name: "Träger", districtKey: "01" });
    const kept = em.create(Part, { label: "bleibt", item });
    const removed = em.create(Part, { label: "entfernt", item });
    await em.flush();
    item.name = "Träger e. V.";
    em.remove(removed);
    await em.flush();
    return { item, parts: [kept.id, removed.id] };
  });
}

async function moveItem(id: string, districtKey: string | undefined): Promise<void> {
  await as(stateOffice, async (em) => {
    (await em.findOneOrFail(Item, id)).districtKey = districtKey;
    await em.flush();
  });
}

const updatesHistory = (sql: string) => /update [`"]?audit_entry/i.test(sql);
const trailOf = async (caller: Caller) => (await readAuditTrail(fork(), caller, { first: 500 })).nodes;

describe("the history of a moved record", () => {
  it("names the record a record's district follows, else the record itself", async () => {
    const { item, parts } = await itemWithParts();

    const entries = await fork().find(AuditEntry, {});
    expect(entries).toHaveLength(5);
    for (const entry of entries) expect(entry.ownerRecordId).toBe(item.id);
    expect(
      entries
        .filter((e) => parts.includes(e.entityId))
        .map((e) => e.action)
        .sort(),
    ).toEqual(["CREATE", "CREATE", "DELETE"]);
  });

  it("goes with the record to its new district, that of the records following it (removed ones too) with it", async () => {
    const { item } = await itemWithParts();
    expect(await trailOf(youthOffice("01"))).toHaveLength(5);
    db.queries.length = 0;

    await moveItem(item.id, "02");

    // One statement for the whole history, beside the entry of the move itself.
    expect(db.queries.filter(updatesHistory)).toHaveLength(1);
    const all = await trailOf(stateOffice);
    expect(all).toHaveLength(6);
    expect(await trailOf(youthOffice("02"))).toEqual(all);
    expect(await trailOf(youthOffice("01"))).toEqual([]);
    expect(await fork().count(AuditEntry, { ownerDistrictKey: { $ne: "02" } })).toBe(0);
  });

  it("goes to the state office alone when the record has no district any more, and back", async () => {
    const { item } = await itemWithParts();

    await moveItem(item.id, undefined);
    expect(await trailOf(youthOffice("01"))).toEqual([]);
    expect(await fork().count(AuditEntry, { ownerDistrictKey: null })).toBe(6);

    await moveItem(item.id, "03");
    expect(await trailOf(youthOffice("03"))).toHaveLength(7);
  });

  it("stays where it is for a change that keeps the district: no statement on the history", async () => {
    const { item } = await itemWithParts();
    const other = await as(youthOffice("02"), async (em) => {
      const created = em.create(Item, { name: "Anderer", districtKey: "02" });
      await em.flush();
      return created;
    });
    db.queries.length = 0;

    await as(youthOffice("01"), async (em) => {
      (await em.findOneOrFail(Item, item.id)).name = "Träger gGmbH";
      await em.flush();
    });

    expect(db.queries.filter(updatesHistory)).toEqual([]);
    expect(await trailOf(youthOffice("01"))).toHaveLength(6);
    expect((await trailOf(youthOffice("02"))).map((e) => e.entityId)).toEqual([other.id]);
  });

  it("is moved in the transaction of the change: a change that fails later leaves it where it was", async () => {
    const { item } = await itemWithParts();

    await expect(
      as(stateOffice, (em) =>
        em.transactional(async (tx) => {
          (await tx.findOneOrFail(Item, item.id)).districtKey = "02";
          await tx.flush();
          expect(await tx.count(AuditEntry, { ownerDistrictKey: "02" })).toBe(6);
          throw new Error("a later step of the change fails");
        }),
      ),
    ).rejects.toThrow(/later step/);

    expect((await fork().findOneOrFail(Item, item.id)).districtKey).toBe("01");
    expect(await trailOf(youthOffice("01"))).toHaveLength(5);
    expect(await trailOf(youthOffice("02"))).toEqual([]);
  });

  it("keeps erasure working on moved history", async () => {
    const { item } = await itemWithParts();
    await moveItem(item.id, "02");

    await as(youthOffice("02"), (em) => em.transactional((tx) => redactAuditHistory(tx, "Item", item.id, ["name"])));

    const names = (await trailOf(youthOffice("02"))).flatMap((e) => e.changes.filter((c) => c.field === "name"));
    expect(names.map((c) => c.after)).toEqual(['"[gelöscht]"', '"[gelöscht]"']);
  });
});
