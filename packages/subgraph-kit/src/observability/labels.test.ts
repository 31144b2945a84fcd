import { describe, expect, it } from "vitest";
import { errorCodeLabels, LabelBound, operationLabels } from "./labels.js";

describe("operation name labels", () => {
  it("keeps names of the form of a GraphQL name, anonymous operations as anonymous", () => {
    const labels = operationLabels();

    expect(labels.label("OrganisationList")).toBe("OrganisationList");
    expect(labels.label("ObservedNetworks__networks__0")).toBe("ObservedNetworks__networks__0");
    expect(labels.label(undefined)).toBe("anonymous");
    expect(labels.label(null)).toBe("anonymous");
    expect(labels.label("")).toBe("anonymous");
  });

  it("files names of another form under other", () => {
    const labels = operationLabels();

    for (const name of [
      "with-dash",
      "1starts_with_digit",
      "two words",
      'x"} 1\nfake_metric{',
      "x".repeat(65),
      "Grüße",
    ]) {
      expect(labels.label(name), name).toBe("other");
    }
  });

  it("keeps at most max distinct names; later new ones share other, known ones stay", () => {
    const labels = operationLabels(3);

    expect(["A", "B", "C"].map((n) => labels.label(n))).toEqual(["A", "B", "C"]);
    expect(labels.label("D")).toBe("other");
    expect(labels.label("B")).toBe("B");
    expect(labels.label(undefined)).toBe("anonymous");
  });

  it("stays bounded however many names a caller invents", () => {
    const labels = operationLabels();
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(labels.label(`Invented${i}`));

    expect(seen.size).toBe(201);
    expect(seen.has("other")).toBe(true);
  });
});

describe("error code labels", () => {
  it("keeps codes as GraphQL servers write them, others as OTHER, a missing code as UNKNOWN", () => {
    const labels = errorCodeLabels();

    expect(labels.label("BAD_USER_INPUT")).toBe("BAD_USER_INPUT");
    expect(labels.label("HTTP_502")).toBe("HTTP_502");
    expect(labels.label("lower_case")).toBe("OTHER");
    expect(labels.label(undefined)).toBe("UNKNOWN");
  });
});

describe("LabelBound", () => {
  it("does not count values it refuses against the bound", () => {
    const labels = new LabelBound({ pattern: /^[a-z]+$/, max: 1, missing: "none", other: "rest" });

    expect(labels.label("NOT-ALLOWED")).toBe("rest");
    expect(labels.label("first")).toBe("first");
    expect(labels.label("second")).toBe("rest");
  });
});
