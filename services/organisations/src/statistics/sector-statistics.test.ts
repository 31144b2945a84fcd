import { analyst, stateOffice, useTestSubgraph, youthOffice } from "@kinderschutz/subgraph-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { organisationsSubgraph } from "../schema.js";

let statements = 0;
let organisations: { id: string; sector: string }[];
const subgraph = useTestSubgraph(organisationsSubgraph, { demoData: true, onQuery: () => statements++ });
beforeAll(async () => {
  const r = await subgraph.execute(analyst, `{ organisations(first: 500) { totalCount nodes { id sector } } }`);
  expect(r.errors).toBeUndefined();
  organisations = r.data!.organisations.nodes;
  expect(organisations.length).toBe(r.data!.organisations.totalCount);
});

/** The ids' organisations counted by sector here, most frequent first as the field orders them. */
function bySector(ids: string[]) {
  const counts = new Map<string, number>();
  for (const id of new Set(ids)) {
    const sector = organisations.find((o) => o.id === id)?.sector;
    if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  return [...counts]
    .map(([sector, n]) => ({ sector, organisations: n }))
    .sort((a, b) => b.organisations - a.organisations || a.sector.localeCompare(b.sector));
}

const QUERY = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Network { id memberOrganisationsBySector { sector organisations } }
  ... on Region { key memberOrganisationsBySector { sector organisations } }
} }`;

describe("member organisations by sector", () => {
  it("counts the ids the networks subgraph hands over by sector, one statement per type however many groups", async () => {
    const ids = organisations.map((o) => o.id);
    const groups = [
      ids.slice(0, 7),
      ids.slice(3, 40),
      [...ids.slice(10, 12), ids[10]!, "not-a-uuid", "00000000-0000-4000-8000-000000000000"],
      [],
    ];
    const representations = [
      { __typename: "Network", id: "5d0c3a8e-6a43-4f1e-9f43-3c6f4f8f0a01", currentMemberOrganisationIds: groups[0] },
      { __typename: "Network", id: "5d0c3a8e-6a43-4f1e-9f43-3c6f4f8f0a02", currentMemberOrganisationIds: groups[1] },
      { __typename: "Region", key: "13071", currentMemberOrganisationIds: groups[2] },
      { __typename: "Region", key: "13072", currentMemberOrganisationIds: groups[3] },
    ];
    const before = statements;
    const r = await subgraph.execute(analyst, QUERY, { representations });
    expect(r.errors).toBeUndefined();
    // One to load the two regions, one GROUP BY for all networks' sectors and one for all regions'.
    expect(statements - before).toBe(3);
    expect(r.data!._entities.map((e: any) => e.memberOrganisationsBySector)).toEqual(groups.map(bySector));
    expect(new Set(organisations.slice(3, 40).map((o) => o.sector)).size).toBeGreaterThan(1);
    expect(r.data!._entities[2].key).toBe("13071");
  });

  it("lets every role read the counts", async () => {
    const representations = [
      {
        __typename: "Network",
        id: "5d0c3a8e-6a43-4f1e-9f43-3c6f4f8f0a01",
        currentMemberOrganisationIds: organisations.slice(0, 5).map((o) => o.id),
      },
    ];
    for (const caller of [analyst, stateOffice, youthOffice("13072")]) {
      const r = await subgraph.execute(caller, QUERY, { representations });
      expect(r.errors).toBeUndefined();
      expect(r.data!._entities[0].memberOrganisationsBySector).toEqual(
        bySector(organisations.slice(0, 5).map((o) => o.id)),
      );
    }
  });
});
