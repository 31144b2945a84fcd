import { describe, expect, it } from "vitest";
import { demoDataset, generateDemoData, MV_CURRENT_DISTRICT_KEYS } from "./index.js";

describe("demo data generator", () => {
  it("is deterministic", () => {
    expect(generateDemoData()).toEqual(generateDemoData());
    expect(demoDataset()).toEqual(demoDataset());
  });

  it("depends on the seed", () => {
    expect(generateDemoData(1).organisations.map((o) => o.name)).not.toEqual(
      generateDemoData(2).organisations.map((o) => o.name),
    );
  });

  it("gives each current district of Mecklenburg-Vorpommern 15 to 25 partner organisations", () => {
    const { organisations } = generateDemoData();
    for (const key of MV_CURRENT_DISTRICT_KEYS) {
      const inDistrict = organisations.filter((o) => o.regionKey === key || o.regionKey.startsWith(key));
      expect(inDistrict.length).toBeGreaterThanOrEqual(15);
      expect(inDistrict.length).toBeLessThanOrEqual(25);
    }
  });

  it("mixes agreement statuses and holds the Börde offer catalogue", () => {
    const { agreements, offers } = generateDemoData();
    expect(new Set(agreements.map((a) => a.status))).toEqual(new Set(["SIGNED", "PLANNED", "EXPIRED"]));
    expect(offers.filter((o) => o.regionKey === "15083")).toHaveLength(8);
  });

  it("has unique ids and names", () => {
    const data = demoDataset();
    for (const list of [data.organisations, data.contacts, data.agreements, data.offers]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const names = data.organisations.map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
