import { analyst, codes } from "@kinderschutz/subgraph-kit/testing";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";
import { isCurrentOn } from "./memberships.rules.js";

let statements = 0;
const subgraph = useNetworksTestSubgraph({ onQuery: () => statements++ });

const { createNetwork } = subgraph;

describe("memberships", () => {
  it("keeps ended memberships as history and lists current ones on a day", async () => {
    const network = await createNetwork();
    const organisationId = randomUUID();
    const added = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER, since: "2015-01-01" }) { id version organisation { id } } }`,
      { n: network.id, o: organisationId },
    );
    expect(added.data!.addMembership.organisation).toEqual({ id: organisationId });
    const twice = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: GUEST }) { id } }`,
      { n: network.id, o: organisationId },
    );
    expect(codes(twice)).toEqual(["BAD_USER_INPUT"]);
    const { id, version } = added.data!.addMembership;
    await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { endMembership(id: $id, version: $v, input: { until: "2020-12-31" }) { until } }`,
      { id, v: version },
    );

    const q = `query($id: ID!, $day: String) { network(id: $id) { memberships(activeOn: $day) { until } } }`;
    expect(
      (await subgraph.execute(analyst, q, { id: network.id, day: "2019-06-01" })).data!.network.memberships,
    ).toEqual([{ until: "2020-12-31" }]);
    expect(
      (await subgraph.execute(analyst, q, { id: network.id, day: "2021-06-01" })).data!.network.memberships,
    ).toEqual([]);
    expect((await subgraph.execute(analyst, q, { id: network.id })).data!.network.memberships).toHaveLength(1);
  });

  it("counts a membership as current from its first day through its last, open ends included, as the rule does", async () => {
    const network = await createNetwork();
    const add = async (since: string | null) => {
      const r = await subgraph.execute(
        seenplatte,
        `mutation($n: ID!, $o: ID!, $s: String) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER, since: $s }) { id version since } }`,
        {
          n: network.id,
          o: randomUUID(),
          s: since,
        },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.addMembership as { id: string; version: number };
    };
    await add(null);
    await add("2020-01-01");
    const ended = await add("2019-01-01");
    await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { endMembership(id: $id, version: $v, input: { until: "2020-12-31" }) { id } }`,
      { id: ended.id, v: ended.version },
    );
    const all = (
      await subgraph.execute(analyst, `query($id: ID!) { network(id: $id) { memberships { id since until } } }`, {
        id: network.id,
      })
    ).data!.network.memberships as {
      id: string;
      since: string | null;
      until: string | null;
    }[];

    for (const day of ["2018-12-31", "2019-01-01", "2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01"]) {
      // Only ids asked for: the condition must work without the days in the answer.
      const r = await subgraph.execute(
        analyst,
        `query($id: ID!, $day: String) { network(id: $id) { memberships(activeOn: $day) { id } } }`,
        { id: network.id, day },
      );
      const current = r.data!.network.memberships.map((m: { id: string }) => m.id).sort();
      expect(current, day).toEqual(
        all
          .filter((m) => isCurrentOn(m, day))
          .map((m) => m.id)
          .sort(),
      );
    }
    expect(all.filter((m) => isCurrentOn(m, "2020-06-01"))).toHaveLength(3);
  });

  it("names as funders the organisations funding the network today, not former funders or plain members", async () => {
    const network = await createNetwork();
    const [funder, former, member] = [randomUUID(), randomUUID(), randomUUID()];
    const add = async (o: string, role: string) => {
      const r = await subgraph.execute(
        seenplatte,
        `mutation($n: ID!, $o: ID!, $role: MembershipRole!) { addMembership(input: { networkId: $n, organisationId: $o, role: $role, since: "2020-01-01" }) { id version } }`,
        { n: network.id, o, role },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.addMembership as { id: string; version: number };
    };
    await add(funder, "FUNDER");
    await add(member, "MEMBER");
    const ended = await add(former, "FUNDER");
    await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { endMembership(id: $id, version: $v, input: { until: "2022-12-31" }) { id } }`,
      { id: ended.id, v: ended.version },
    );

    const r = await subgraph.execute(analyst, `query($id: ID!) { network(id: $id) { funders { id } } }`, {
      id: network.id,
    });

    expect(r.errors).toBeUndefined();
    expect(r.data!.network.funders).toEqual([{ id: funder }]);
  });

  it("answers an organisation's networks for the gateway in one batch", async () => {
    const network = await createNetwork();
    const members = [randomUUID(), randomUUID(), randomUUID()];
    for (const o of members)
      await subgraph.execute(
        seenplatte,
        `mutation($n: ID!, $o: ID!) { addMembership(input: { networkId: $n, organisationId: $o, role: MEMBER }) { id } }`,
        { n: network.id, o },
      );
    const before = statements;
    const r = await subgraph.execute(
      analyst,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id networks { id } memberships { role } } } }`,
      {
        r: members.map((id) => ({ __typename: "Organisation", id })),
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!._entities.map((e: any) => e.networks.map((n: any) => n.id))).toEqual([
      [network.id],
      [network.id],
      [network.id],
    ]);
    expect(statements - before).toBeLessThanOrEqual(2);
  });
});
