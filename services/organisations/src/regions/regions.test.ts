import { stateOffice, useTestSubgraph, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../schema.js";

const subgraph = useTestSubgraph(organisationsSubgraph, { demoData: true });

const keys = (regions: { key: string }[]) => regions.map((r) => r.key);

describe("regions over time", () => {
  it("lists the districts that existed on a given day", async () => {
    const q = `query($day: String) { regions(parentKey: "13", validOn: $day) { key } }`;
    const before = keys((await subgraph.execute(stateOffice, q, { day: "2010-06-01" })).data!.regions);
    const after = keys((await subgraph.execute(stateOffice, q, { day: "2012-06-01" })).data!.regions);
    expect(before).toContain("13056");
    expect(before).not.toContain("13071");
    expect(after).toContain("13071");
    expect(after).not.toContain("13056");
    expect(after).toHaveLength(8);
  });

  it("keeps a split district's successors", async () => {
    const r = await subgraph.execute(stateOffice, `{ region(key: "13052") { name successors { key } current } }`);
    expect(keys(r.data!.region.successors)).toEqual(["13071", "13075"]);
    expect(r.data!.region.current).toBe(false);
  });

  it("lets the state office record a reorganisation, and nobody else", async () => {
    await subgraph.execute(
      stateOffice,
      `mutation { createRegion(input: { key: "13071999", name: "Testgemeinde", kind: MUNICIPALITY, parentKey: "13071" }) { key } }`,
    );
    const dissolve = `mutation($v: Int!) { dissolveRegion(key: "13071999", version: $v, input: { validUntil: "2024-12-31", successorKeys: ["13071"] }) { validUntil successors { key } version } }`;
    expect(codes(await subgraph.execute(youthOffice("13071"), dissolve, { v: 1 }))).toEqual(["FORBIDDEN"]);
    const r = await subgraph.execute(stateOffice, dissolve, { v: 1 });
    expect(r.data!.dissolveRegion).toEqual({ validUntil: "2024-12-31", successors: [{ key: "13071" }], version: 2 });
    expect(codes(await subgraph.execute(stateOffice, dissolve, { v: 1 }))).toEqual(["CONFLICT"]);
  });

  it("rejects unknown successors and bad dates", async () => {
    const r = await subgraph.execute(
      stateOffice,
      `mutation { dissolveRegion(key: "13071", version: 1, input: { validUntil: "31.12.2024", successorKeys: ["99999"] }) { key } }`,
    );
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field)).toContain("input.validUntil");
  });
});

describe("naming regions by key", () => {
  it("gives the regions asked for, dissolved ones too, and refuses a key that is none", async () => {
    const q = `query($keys: [String!]) { regions(keys: $keys) { key name } }`;
    const r = await subgraph.execute(stateOffice, q, { keys: ["13072", "13052", "99999"] });
    expect(keys(r.data!.regions)).toEqual(["13052", "13072"]);
    expect((await subgraph.execute(stateOffice, q, { keys: [] })).data!.regions).toEqual([]);
    expect(codes(await subgraph.execute(stateOffice, q, { keys: ["Rostock"] }))).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("a new region's key", () => {
  it("begins with the key of the region it lies in, as official keys do", async () => {
    const q = `mutation($key: String!) { createRegion(input: { key: $key, name: "Probe", kind: MUNICIPALITY, parentKey: "13071" }) { key } }`;
    const r = await subgraph.execute(stateOffice, q, { key: "13072999" });
    expect(codes(r)).toEqual(["BAD_USER_INPUT"]);
    expect(r.errors![0]!.extensions!.fields).toEqual([
      { field: "input.key", message: "must begin with the parent's key", reason: "KEY_OUTSIDE_PARENT" },
    ]);
    expect((await subgraph.execute(stateOffice, q, { key: "13071998" })).errors).toBeUndefined();
  });
});
