import { describe, expect, it } from "vitest";
import { parseGenerationArguments } from "./generate.js";
import {
  DEMO_STATE_KEY,
  NATIONWIDE_STATE_KEYS,
  NATIONWIDE_TODAY,
  nationwidePlan,
  type NationwidePlan,
} from "./plan.js";

const full = nationwidePlan();

function organisationsOf(plan: NationwidePlan) {
  return [...plan.youthOffices, ...plan.partners];
}

describe("the nationwide plan", () => {
  it("has Germany's size beside the demo state: 15 states, about 400 districts, 560 youth offices, 30,000 organisations", () => {
    const byKind = (kind: string) => full.regions.filter((r) => r.kind === kind);
    expect(byKind("STATE").map((s) => s.key)).toEqual(NATIONWIDE_STATE_KEYS);
    expect(NATIONWIDE_STATE_KEYS).not.toContain(DEMO_STATE_KEY);
    // With the demo's 8 districts and 8 youth offices: 400 and 560.
    expect(byKind("DISTRICT").length + byKind("INDEPENDENT_CITY").length).toBe(392);
    expect(full.youthOffices).toHaveLength(552);
    expect(full.youthOffices.filter((o) => o.holdsBudget)).toHaveLength(392);
    expect(organisationsOf(full).length).toBeGreaterThan(27_000);
    expect(organisationsOf(full).length).toBeLessThan(32_000);
    expect(full.networks.length).toBeGreaterThan(1_800);
    expect(full.networks.length).toBeLessThan(2_300);
    expect(full.memberships.length).toBeGreaterThan(50_000);
    expect(full.memberships.length).toBeLessThan(70_000);
  });

  it("gives every record a unique id and name, and refers only to records it plans", () => {
    const organisations = organisationsOf(full);
    expect(new Set(organisations.map((o) => o.id)).size).toBe(organisations.length);
    expect(new Set(organisations.map((o) => o.name)).size).toBe(organisations.length);
    expect(new Set(full.networks.map((n) => n.id)).size).toBe(full.networks.length);
    expect(new Set(full.memberships.map((m) => m.id)).size).toBe(full.memberships.length);
    expect(new Set(full.regions.map((r) => r.key)).size).toBe(full.regions.length);

    const regionKeys = new Set(full.regions.map((r) => r.key));
    const organisationIds = new Set(organisations.map((o) => o.id));
    const offices = new Map(full.youthOffices.map((o) => [o.id, o]));
    const networks = new Map(full.networks.map((n) => [n.id, n]));
    // Collected, then compared once: an expect per record would take seconds.
    expect(full.regions.filter((r) => r.parentKey && !regionKeys.has(r.parentKey))).toEqual([]);
    expect(organisations.filter((o) => !regionKeys.has(o.regionKey) || !o.regionKey.startsWith(o.districtKey))).toEqual(
      [],
    );
    expect(
      full.networks.filter((n) => {
        const office = offices.get(n.responsibleOfficeId);
        return office?.districtKey !== n.districtKey || !office.coordinatorContactIds.includes(n.coordinatorContactId);
      }),
    ).toEqual([]);
    expect(
      full.memberships.filter(
        (m) =>
          !organisationIds.has(m.organisationId) ||
          m.since < networks.get(m.networkId)!.foundedOn ||
          m.since > NATIONWIDE_TODAY,
      ),
    ).toEqual([]);
  });

  it("plans each network's members from its own district, its responsible office as coordinator", () => {
    const districtOf = new Map(organisationsOf(full).map((o) => [o.id, o.districtKey]));
    const networks = new Map(full.networks.map((n) => [n.id, n]));
    expect(
      full.memberships.filter((m) => districtOf.get(m.organisationId) !== networks.get(m.networkId)!.districtKey),
    ).toEqual([]);
    const coordinators = full.memberships.filter((m) => m.role === "COORDINATOR");
    expect(coordinators.map((m) => m.organisationId)).toEqual(full.networks.map((n) => n.responsibleOfficeId));
  });

  it("is the same on every run, and a state's part is the same whichever other states are planned", () => {
    const schleswigHolstein = nationwidePlan({ states: ["01"] });
    expect(nationwidePlan({ states: ["01"] })).toEqual(schleswigHolstein);
    const inFull = (key: string) => key === "01" || key.startsWith("01");
    expect(schleswigHolstein.regions).toEqual(full.regions.filter((r) => inFull(r.key)));
    expect(schleswigHolstein.partners).toEqual(full.partners.filter((o) => inFull(o.districtKey)));
    expect(schleswigHolstein.memberships).toEqual(
      full.memberships.filter((m) => schleswigHolstein.networks.some((n) => n.id === m.networkId)),
    );
  });

  it("thins out partners, networks and members with the density, keeping every district and youth office", () => {
    const dense = nationwidePlan({ states: ["01"], density: 0.4 });
    const thin = nationwidePlan({ states: ["01"], density: 0.1 });
    expect(thin.regions).toEqual(dense.regions);
    expect(thin.youthOffices).toEqual(dense.youthOffices);
    expect(thin.partners.length).toBeLessThan(dense.partners.length / 2);
    expect(thin.memberships.length).toBeLessThan(dense.memberships.length / 2);
    // Each district keeps its district network, so the same operations find the same records at both sizes.
    for (const n of thin.networks.filter((n) => n.kind === "COMBINED")) expect(dense.networks).toContainEqual(n);
  });

  it("leaves out regions that exist already and refuses unknown states and densities", () => {
    const plan = nationwidePlan({ states: ["07"], existingRegionKeys: new Set(["07", "07001"]) });
    expect(plan.regions.map((r) => r.key)).not.toContain("07");
    expect(plan.regions.map((r) => r.key)).not.toContain("07001");
    expect(plan.youthOffices.map((o) => o.districtKey)).not.toContain("07001");
    expect(() => nationwidePlan({ states: ["13"] })).toThrow(/no state with key 13/);
    expect(() => nationwidePlan({ density: 0 })).toThrow(/density/);
  });
});

describe("the generate command's arguments", () => {
  it("reads the scale, states, density and --fresh", () => {
    expect(parseGenerationArguments(["mv"])).toEqual({
      scale: "mv",
      states: undefined,
      density: undefined,
      fresh: false,
    });
    expect(parseGenerationArguments(["germany", "--states", "1,05", "--density", "0.2", "--fresh"])).toEqual({
      scale: "germany",
      states: ["01", "05"],
      density: 0.2,
      fresh: true,
    });
  });

  it("names what is wrong", () => {
    expect(() => parseGenerationArguments([])).toThrow(/usage: generate <mv \| germany>/);
    expect(() => parseGenerationArguments(["world"])).toThrow(/usage/);
    expect(() => parseGenerationArguments(["germany", "--states", "13"])).toThrow(
      /--states: no state to generate with key 13/,
    );
    expect(() => parseGenerationArguments(["germany", "--density", "2"])).toThrow(
      /--density: must be a number above 0 and at most 1, not 2/,
    );
    expect(() => parseGenerationArguments(["mv", "--density", "0.5"])).toThrow(/go with the germany scale/);
    expect(() => parseGenerationArguments(["germany", "--size", "big"])).toThrow(/size/);
  });
});
