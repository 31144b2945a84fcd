import { analyst, stateOffice, useTestSubgraph, codes } from "@kinderschutz/subgraph-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { budgetsSubgraph } from "../schema.js";
import { Expert } from "./expert.entity.js";

const subgraph = useTestSubgraph(budgetsSubgraph);
beforeAll(async () => {
  await subgraph.arrange(async (em) => {
    em.create(Expert, { name: "Dr. Erika Beispiel", professions: ["Psychologie"] });
  });
});

describe("experts", () => {
  it("shows experts' names to the state office only", async () => {
    const forAnalyst = await subgraph.execute(analyst, `{ experts { name professions } }`);
    expect(forAnalyst.data!.experts).toEqual([{ name: null, professions: ["Psychologie"] }]);
    expect(codes(forAnalyst)).toEqual(["FORBIDDEN"]);
    const forState = await subgraph.execute(stateOffice, `{ experts { name } }`);
    expect(forState.data!.experts).toEqual([{ name: "Dr. Erika Beispiel" }]);
  });
});
