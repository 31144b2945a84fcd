import { analyst, stateOffice, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

const subgraph = useNetworksTestSubgraph();

const { createNetwork } = subgraph;

const CREATE = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version date precision title description } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateMilestoneInput!) { updateMilestone(id: $id, version: $v, input: $input) { version date precision title description } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeMilestone(id: $id, version: $v) }`;
const HISTORY = `query($id: ID!) { network(id: $id) { milestones { date precision title } } }`;

async function createMilestone(input: Record<string, unknown>) {
  const r = await subgraph.execute(seenplatte, CREATE, { input });
  expect(r.errors).toBeUndefined();
  return r.data!.createMilestone as { id: string; version: number; precision: string };
}

describe("a network's history", () => {
  it("lists its entries oldest first, each with how exactly its date is known", async () => {
    const network = await createNetwork();
    const founding = await createMilestone({ networkId: network.id, date: "2011-03-07", title: "Konstituierung" });
    expect(founding.precision).toBe("DAY");
    await createMilestone({
      networkId: network.id,
      date: "2008-01-01",
      precision: "YEAR",
      title: "Erste Arbeitskreise",
    });
    await createMilestone({
      networkId: network.id,
      date: "2012-05-01",
      precision: "MONTH",
      title: "Kooperationsvereinbarung",
    });

    const r = await subgraph.execute(analyst, HISTORY, { id: network.id });
    expect(r.data!.network.milestones).toEqual([
      { date: "2008-01-01", precision: "YEAR", title: "Erste Arbeitskreise" },
      { date: "2011-03-07", precision: "DAY", title: "Konstituierung" },
      { date: "2012-05-01", precision: "MONTH", title: "Kooperationsvereinbarung" },
    ]);
  });

  it("changes an entry, refuses a change based on an old version or a date that is none, and lets other districts change nothing", async () => {
    const network = await createNetwork();
    const entry = await createMilestone({ networkId: network.id, date: "2011-03-07", title: "Konstituierung" });
    const changed = await subgraph.execute(seenplatte, UPDATE, {
      id: entry.id,
      v: entry.version,
      input: { precision: "MONTH", description: "Im Kreishaus Neubrandenburg." },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateMilestone).toMatchObject({
      date: "2011-03-07",
      precision: "MONTH",
      title: "Konstituierung",
      description: "Im Kreishaus Neubrandenburg.",
    });
    expect(
      codes(await subgraph.execute(seenplatte, UPDATE, { id: entry.id, v: entry.version, input: { title: "Alt" } })),
    ).toEqual(["CONFLICT"]);
    const version = changed.data!.updateMilestone.version;
    expect(
      codes(await subgraph.execute(seenplatte, UPDATE, { id: entry.id, v: version, input: { date: "2011-13-01" } })),
    ).toEqual(["BAD_USER_INPUT"]);
    expect(
      codes(
        await subgraph.execute(youthOffice("13003"), UPDATE, { id: entry.id, v: version, input: { title: "Fremd" } }),
      ),
    ).toEqual(["FORBIDDEN"]);
    expect(
      codes(
        await subgraph.execute(youthOffice("13003"), CREATE, {
          input: { networkId: network.id, date: "2020-01-01", title: "Fremd" },
        }),
      ),
    ).toEqual(["FORBIDDEN"]);
  });

  it("removes an entry entered by mistake", async () => {
    const network = await createNetwork();
    await createMilestone({ networkId: network.id, date: "2011-03-07", title: "Konstituierung" });
    const mistake = await createMilestone({ networkId: network.id, date: "2011-03-08", title: "Doppelt" });
    expect(codes(await subgraph.execute(analyst, REMOVE, { id: mistake.id, v: mistake.version }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(
      (await subgraph.execute(stateOffice, REMOVE, { id: mistake.id, v: mistake.version })).data!.removeMilestone,
    ).toBe(true);
    const r = await subgraph.execute(analyst, HISTORY, { id: network.id });
    expect(r.data!.network.milestones).toEqual([{ date: "2011-03-07", precision: "DAY", title: "Konstituierung" }]);
  });
});
