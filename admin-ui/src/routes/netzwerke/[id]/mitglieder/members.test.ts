import { describe, expect, it } from "vitest";
import type { FieldIssue, Problem } from "#lib/graphql/problems.ts";
import { addFailure, sinceError, untilError } from "./members";

const network = { foundedOn: "2012-04-26", endedOn: null };
const problem = (code: Problem["code"], fields: Record<string, FieldIssue> = {}, reason?: string): Problem => ({
  code,
  message: `summary of ${code}`,
  fields,
  extensions: reason ? { reason } : {},
  missing: [],
});

describe("membership dates", () => {
  it("takes no date, or a real one within the network's lifetime", () => {
    expect(sinceError("", network)).toBeUndefined();
    expect(sinceError("2020-02-29", network)).toBeUndefined();
    expect(sinceError("2021-02-29", network)).toBe("Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).");
    expect(sinceError("2012-04-25", network)).toBe("Das Netzwerk wurde erst am 26.04.2012 gegründet.");
    expect(sinceError("2024-01-02", { ...network, endedOn: "2024-01-01" })).toBe("Das Netzwerk endete am 01.01.2024.");
  });

  it("does not let a membership begin after it ended, nor end before it began", () => {
    expect(sinceError("2024-03-02", network, "2024-03-01")).toBe("Die Mitgliedschaft endete bereits am 01.03.2024.");
    expect(sinceError("2024-03-01", network, "2024-03-01")).toBeUndefined();
    expect(untilError("", "2024-03-01")).toBe("Bitte geben Sie den letzten Tag der Mitgliedschaft an.");
    expect(untilError("2024-02-29", "2024-03-01")).toBe("Die Mitgliedschaft begann erst am 01.03.2024.");
    expect(untilError("2024-03-01", "2024-03-01")).toBeUndefined();
    expect(untilError("2024-13-01", null)).toBe("Bitte geben Sie ein gültiges Datum an (TT.MM.JJJJ).");
  });
});

describe("a member that could not be added", () => {
  it("is explained in German, whatever the service's words", () => {
    expect(
      addFailure(
        problem(
          "BAD_USER_INPUT",
          { organisationId: { message: "already a member", reason: "ALREADY_MEMBER" } },
          "ALREADY_MEMBER",
        ),
      ),
    ).toBe("ist bereits Mitglied dieses Netzwerks.");
    expect(
      addFailure(
        problem("BAD_USER_INPUT", { organisationId: { message: "unknown organisation", reason: "UNKNOWN_REFERENCE" } }),
      ),
    ).toBe("ist nicht mehr vorhanden.");
    expect(
      addFailure(
        problem("BAD_USER_INPUT", { since: { message: "after 2024-01-01", reason: "AFTER_END", date: "2024-01-01" } }),
      ),
    ).toMatch(/^passt nicht/);
    expect(addFailure(problem("FORBIDDEN"))).toBe("summary of FORBIDDEN");
  });
});
