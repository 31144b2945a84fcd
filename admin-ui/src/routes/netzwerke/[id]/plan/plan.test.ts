import { describe, expect, it } from "vitest";
import { ofYear, planYear, titleError } from "./plan";

describe("a network's plan", () => {
  it("is for the year the address names, if the service takes it", () => {
    expect(planYear("2027", 2026)).toBe(2027);
    expect(planYear(null, 2026)).toBe(2026);
    expect(planYear("1989", 2026)).toBe(2026);
    expect(planYear("2101", 2026)).toBe(2026);
    expect(planYear("2027.5", 2026)).toBe(2026);
  });

  it("holds the year's priorities by kind and its goals by title", () => {
    const priorities = [
      { year: 2027, kind: "NEED", title: "Sprachmittlung" },
      { year: 2027, kind: "FOCUS", title: "Schutzkonzepte" },
      { year: 2026, kind: "FOCUS", title: "Alt" },
      { year: 2027, kind: "FOCUS", title: "Elternbriefe" },
    ];
    const goals = [
      { year: 2027, title: "Zweite Fachtagung" },
      { year: null, title: "Ohne Jahr" },
      { year: 2027, title: "Erste Fachtagung" },
    ];
    const plan = ofYear(2027, priorities, goals, ["FOCUS", "TOPIC", "INTEREST", "NEED"]);
    expect(plan.priorities.map((p) => p.title)).toEqual(["Elternbriefe", "Schutzkonzepte", "Sprachmittlung"]);
    expect(plan.goals.map((g) => g.title)).toEqual(["Erste Fachtagung", "Zweite Fachtagung"]);
  });

  it("wants a title of 2 to 500 characters", () => {
    expect(titleError("Schutzkonzepte")).toBeUndefined();
    expect(titleError("  ")).toBe("Bitte beschreiben Sie es in wenigen Worten.");
    expect(titleError("x")).toBe("Mindestens 2 Zeichen.");
    expect(titleError("x".repeat(501))).toBe("Höchstens 500 Zeichen.");
  });
});
