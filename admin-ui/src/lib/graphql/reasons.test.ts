import { describe, expect, it } from "vitest";
// The subgraphs' list itself, not a copy: a reason added there without a German sentence here fails this test.
import { REFUSAL_REASONS } from "../../../../packages/subgraph-kit/src/errors.ts";
import { describeErrors, sayProblem } from "./problems";
import { REFUSALS } from "./reasons";

describe("the graph's refusals in German", () => {
  it("has a German sentence for every reason the subgraphs name, and none for a reason they do not", () => {
    expect(Object.keys(REFUSALS).sort()).toEqual([...REFUSAL_REASONS].sort());
    for (const sentence of Object.values(REFUSALS)) expect(sentence).toMatch(/^[A-ZÄÖÜ].*[.!]$/);
  });

  it("says a refusal with a reason in its sentence, without the service's English words", async () => {
    const problem = describeErrors(
      [
        {
          message: "The organisation is already a member; change its role or end the membership first.",
          extensions: { code: "BAD_USER_INPUT", reason: "ALREADY_MEMBER" },
        },
      ],
      { answered: false, operation: "mutation" },
    );
    expect(problem).toMatchObject({ code: "BAD_USER_INPUT", extensions: { reason: "ALREADY_MEMBER" } });
    expect(await sayProblem(problem!)).toBe(REFUSALS.ALREADY_MEMBER);
    // Without a reason, or with one this interface does not know yet, the German summary.
    const plain = describeErrors([{ message: "No.", extensions: { code: "FORBIDDEN", reason: "NEW_ONE" } }], {
      answered: false,
      operation: "mutation",
    });
    expect(await sayProblem(plain!)).toBe("Dafür fehlt Ihnen die Berechtigung.");
  });
});
