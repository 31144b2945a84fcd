import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

const subgraph = useNetworksTestSubgraph();

const { createNetwork } = subgraph;

const CREATE_PRIORITY = `mutation($input: CreatePriorityInput!) { createPriority(input: $input) { id version year kind title } }`;
const CREATE_GOAL = `mutation($input: CreateGoalInput!) { createGoal(input: $input) { id version title scope state year } }`;

async function create(mutation: string, input: Record<string, unknown>) {
  const r = await subgraph.execute(seenplatte, mutation, { input });
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0] as { id: string; version: number };
}

describe("priorities", () => {
  it("sets a network priorities for a year and lists them newest year first, or one year's", async () => {
    const network = await createNetwork();
    await create(CREATE_PRIORITY, { networkId: network.id, year: 2024, kind: "NEED", title: "Mehr Hebammen" });
    await create(CREATE_PRIORITY, { networkId: network.id, year: 2025, kind: "TOPIC", title: "Kinderschutz in Kitas" });
    await create(CREATE_PRIORITY, { networkId: network.id, year: 2025, kind: "FOCUS", title: "Elternbildung" });

    const q = `query($id: ID!, $year: Int) { network(id: $id) { priorities(year: $year) { year kind title } } }`;
    const all = await subgraph.execute(analyst, q, { id: network.id });
    expect(all.data!.network.priorities).toEqual([
      { year: 2025, kind: "FOCUS", title: "Elternbildung" },
      { year: 2025, kind: "TOPIC", title: "Kinderschutz in Kitas" },
      { year: 2024, kind: "NEED", title: "Mehr Hebammen" },
    ]);
    const one = await subgraph.execute(analyst, q, { id: network.id, year: 2024 });
    expect(one.data!.network.priorities).toEqual([{ year: 2024, kind: "NEED", title: "Mehr Hebammen" }]);
  });

  it("refuses a year out of range, a change based on an old version, and other districts", async () => {
    const network = await createNetwork();
    const early = await subgraph.execute(seenplatte, CREATE_PRIORITY, {
      input: { networkId: network.id, year: 1980, kind: "FOCUS", title: "Zu früh" },
    });
    expect(codes(early)).toEqual(["BAD_USER_INPUT"]);
    const priority = await create(CREATE_PRIORITY, {
      networkId: network.id,
      year: 2025,
      kind: "FOCUS",
      title: "Elternbildung",
    });
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdatePriorityInput!) { updatePriority(id: $id, version: $v, input: $input) { version year kind title } }`;
    const changed = await subgraph.execute(seenplatte, UPDATE, {
      id: priority.id,
      v: priority.version,
      input: { kind: "INTEREST" },
    });
    expect(changed.data!.updatePriority).toMatchObject({ year: 2025, kind: "INTEREST", title: "Elternbildung" });
    expect(
      codes(
        await subgraph.execute(seenplatte, UPDATE, { id: priority.id, v: priority.version, input: { title: "Alt" } }),
      ),
    ).toEqual(["CONFLICT"]);
    const foreign = await subgraph.execute(youthOffice("13003"), CREATE_PRIORITY, {
      input: { networkId: network.id, year: 2025, kind: "FOCUS", title: "Fremd" },
    });
    expect(codes(foreign)).toEqual(["FORBIDDEN"]);
  });

  it("removes a priority entered by mistake, and the change history keeps the removal", async () => {
    const network = await createNetwork();
    const priority = await create(CREATE_PRIORITY, {
      networkId: network.id,
      year: 2025,
      kind: "FOCUS",
      title: "Versehen",
    });
    const REMOVE = `mutation($id: ID!, $v: Int!) { removePriority(id: $id, version: $v) }`;
    expect(
      codes(await subgraph.execute(youthOffice("13003"), REMOVE, { id: priority.id, v: priority.version })),
    ).toEqual(["FORBIDDEN"]);
    const removed = await subgraph.execute(seenplatte, REMOVE, { id: priority.id, v: priority.version });
    expect(removed.data!.removePriority).toBe(true);
    const left = await subgraph.execute(analyst, `query($id: ID!) { network(id: $id) { priorities { id } } }`, {
      id: network.id,
    });
    expect(left.data!.network.priorities).toEqual([]);
    const history = await subgraph.em().find(AuditEntry, { entityId: priority.id });
    expect(history.map((e) => e.action).sort()).toEqual(["CREATE", "DELETE"]);
  });
});

describe("goals", () => {
  it("moves a goal from a planned step to a result reached, and lists the network's goals", async () => {
    const network = await createNetwork();
    const goal = await create(CREATE_GOAL, {
      networkId: network.id,
      title: "Kooperationsvereinbarung mit der Polizei",
      scope: "LOCAL",
      state: "PLANNED",
    });
    await create(CREATE_GOAL, {
      networkId: network.id,
      title: "Gemeinsamer Fachtag der Cluster",
      scope: "CROSS_NETWORK",
      state: "IN_PROGRESS",
      year: 2026,
    });
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateGoalInput!) { updateGoal(id: $id, version: $v, input: $input) { version state year } }`;
    const reached = await subgraph.execute(seenplatte, UPDATE, {
      id: goal.id,
      v: goal.version,
      input: { state: "ACHIEVED", year: 2025 },
    });
    expect(reached.errors).toBeUndefined();
    expect(reached.data!.updateGoal).toMatchObject({ state: "ACHIEVED", year: 2025 });
    expect(
      codes(await subgraph.execute(seenplatte, UPDATE, { id: goal.id, v: goal.version, input: { state: "PLANNED" } })),
    ).toEqual(["CONFLICT"]);
    const tooLate = await subgraph.execute(seenplatte, UPDATE, {
      id: goal.id,
      v: reached.data!.updateGoal.version,
      input: { year: 2101 },
    });
    expect(codes(tooLate)).toEqual(["BAD_USER_INPUT"]);

    const r = await subgraph.execute(
      analyst,
      `query($id: ID!) { network(id: $id) { goals { title scope state year } } }`,
      { id: network.id },
    );
    expect(r.data!.network.goals).toHaveLength(2);
    expect(r.data!.network.goals).toEqual(
      expect.arrayContaining([
        { title: "Kooperationsvereinbarung mit der Polizei", scope: "LOCAL", state: "ACHIEVED", year: 2025 },
        { title: "Gemeinsamer Fachtag der Cluster", scope: "CROSS_NETWORK", state: "IN_PROGRESS", year: 2026 },
      ]),
    );
  });

  it("removes a goal entered by mistake, by whoever may change the network only", async () => {
    const network = await createNetwork();
    const goal = await create(CREATE_GOAL, {
      networkId: network.id,
      title: "Versehen",
      scope: "LOCAL",
      state: "PLANNED",
    });
    const REMOVE = `mutation($id: ID!, $v: Int!) { removeGoal(id: $id, version: $v) }`;
    expect(codes(await subgraph.execute(analyst, REMOVE, { id: goal.id, v: goal.version }))).toEqual(["FORBIDDEN"]);
    expect((await subgraph.execute(seenplatte, REMOVE, { id: goal.id, v: goal.version })).data!.removeGoal).toBe(true);
    const left = await subgraph.execute(analyst, `query($id: ID!) { network(id: $id) { goals { id } } }`, {
      id: network.id,
    });
    expect(left.data!.network.goals).toEqual([]);
  });
});
