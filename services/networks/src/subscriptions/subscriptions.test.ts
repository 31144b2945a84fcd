import { AuditEntry } from "@kinderschutz/subgraph-kit";
import { analyst, youthOffice, codes } from "@kinderschutz/subgraph-kit/testing";
import { describe, expect, it } from "vitest";
import { useNetworksTestSubgraph, seenplatte } from "../test-fixtures.js";

const subgraph = useNetworksTestSubgraph();

const { createNetwork } = subgraph;

describe("mailing lists", () => {
  it("hides subscribers' personal data from analysts and other districts", async () => {
    const network = await createNetwork();
    const r = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Ehrenamt Beispiel", email: "ehrenamt@example.org" }) { name email } }`,
      { n: network.id },
    );
    expect(r.data!.subscribe).toEqual({ name: "Ehrenamt Beispiel", email: "ehrenamt@example.org" });
    for (const caller of [analyst, youthOffice("13003")]) {
      const read = await subgraph.execute(
        caller,
        `query($id: ID!) { network(id: $id) { subscriptions { name email } } }`,
        { id: network.id },
      );
      expect(read.data!.network.subscriptions).toEqual([{ name: null, email: null }]);
      expect(codes(read)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    }
  });

  it("takes a subscriber's personal data out of the change history on unsubscribe", async () => {
    const network = await createNetwork();
    const r = await subgraph.execute(
      seenplatte,
      `mutation($n: ID!) { subscribe(input: { networkId: $n, name: "Ehrenamt Abmeldung", email: "abmeldung@example.org" }) { id version } }`,
      { n: network.id },
    );
    const { id, version } = r.data!.subscribe;
    const gone = await subgraph.execute(
      seenplatte,
      `mutation($id: ID!, $v: Int!) { unsubscribe(id: $id, version: $v) }`,
      { id, v: version },
    );
    expect(gone.data!.unsubscribe).toBe(true);
    const history = JSON.stringify(await subgraph.em().find(AuditEntry, { entityId: id }));
    expect(history).toContain("DELETE");
    expect(history).not.toContain("Abmeldung");
    expect(history).not.toContain("abmeldung@example.org");
  });
});
