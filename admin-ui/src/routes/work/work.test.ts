import { describe, expect, it } from "vitest";
import type { StateOfficeWorkQuery, YouthOfficeWorkQuery } from "#graphql/graphql.ts";
import { dayBefore, nearlyUsedUp, stateOfficeWork, youthOfficeWork } from "./work";

const consultation = (id: string, plannedDate: string) => ({
  id,
  title: null,
  kind: "WORKSHOP" as const,
  plannedDate,
  requestedDays: 1.5,
  requestingDistrictKey: "13072",
  requestingOffice: { id: "o", name: "Jugendamt Landkreis Rostock" },
});
const none = { totalCount: 0, nodes: [] };

describe("what counts as work", () => {
  it("calls a contingent nearly used up at 15 % left, and always at a day or less", () => {
    expect(nearlyUsedUp(26, 3.9)).toBe(true);
    expect(nearlyUsedUp(26, 4)).toBe(false);
    expect(nearlyUsedUp(4, 1)).toBe(true);
    expect(nearlyUsedUp(4, 1.5)).toBe(false);
    expect(nearlyUsedUp(0, 0)).toBe(false);
  });

  it("knows the day before, across months and years", () => {
    expect(dayBefore("2026-03-01")).toBe("2026-02-28");
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
  });

  it("gives the state office each kind with its step and a link to exactly these", () => {
    const data: StateOfficeWorkQuery = {
      toDecide: { totalCount: 12, nodes: [consultation("a", "2027-03-01")] },
      requestsPassed: none,
      notDelivered: { totalCount: 1, nodes: [consultation("b", "2026-11-30")] },
      consultationBudgets: [
        { id: "1", districtKey: "13075", allocatedDays: 20, remainingDays: 1, youthOffice: null },
        { id: "2", districtKey: "13072", allocatedDays: 26, remainingDays: 20, youthOffice: null },
      ],
      cooperationPool: { id: "p", allocatedDays: 10, remainingDays: 0.5 },
      networksWithoutMeeting: null,
    };
    const groups = stateOfficeWork(data, "2026-12-08", 2026);
    const byId = Object.fromEntries(groups.map((g) => [g.id, g]));
    expect(byId.entscheiden).toMatchObject({ count: 12, more: "/beratung?status=REQUESTED" });
    expect(byId.entscheiden!.items).toEqual([
      {
        what: "Workshop",
        detail: "Jugendamt Landkreis Rostock, geplant am 01.03.2027, 1,5 Tage",
        action: "Entscheiden",
        href: "/beratung/a",
      },
    ]);
    expect(byId["nicht-erfasst"]).toMatchObject({ count: 1, more: "/beratung?status=APPROVED&vor=2026-12-08" });
    expect(byId["nicht-erfasst"]!.items[0]!.action).toBe("Durchführung erfassen");
    expect(byId.verstrichen!.count).toBe(0);
    expect(byId.kontingente!.items.map((i) => [i.what, i.href])).toEqual([
      ["Jugendamt (Kreis 13075)", "/kontingente?kreis=13075#set-budget"],
      ["Kooperationspool", "/kontingente#set-pool"],
    ]);
    // Its service is not answering: said, not taken for "none".
    expect(byId["ohne-treffen"]!.count).toBeNull();
  });

  it("gives a youth office its requests, the meetings to record and its networks without a meeting", () => {
    const data: YouthOfficeWorkQuery = {
      waiting: { totalCount: 1, nodes: [consultation("c", "2027-01-15")] },
      toRecord: {
        totalCount: 1,
        nodes: [{ id: "m", date: "2026-12-01", kind: "PLENARY", title: null, network: { id: "n", name: "Netzwerk" } }],
      },
      networksWithoutMeeting: { totalCount: 1, nodes: [{ id: "q", name: "Netzwerk Güstrow" }] },
    };
    const [waiting, toRecord, silent] = youthOfficeWork(data, 2026);
    expect(waiting!.items[0]!.href).toBe("/beratung/c");
    expect(toRecord!.items[0]).toMatchObject({ action: "Teilnahme erfassen", href: "/netzwerke/n/treffen/m" });
    expect(silent).toMatchObject({ title: "Netzwerke ohne Treffen 2026", count: 1 });
    expect(silent!.items[0]).toMatchObject({ action: "Treffen planen", href: "/netzwerke/q/treffen/neu" });
  });
});
