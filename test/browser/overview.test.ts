import { describe, expect, it } from "vitest";
import { accessibilityViolations, interfaceUnderTest, screenshot, signIn } from "../support/browser.js";
import { token } from "../support/graph.js";

const ui = interfaceUnderTest();
// The network of Landkreis Rostock in the demo data.
const NETWORK_ID = "5ce22010-0eb1-5e16-be91-761902796f62";

/** A request of Landkreis Rostock for a day long gone, behind the browser's back: the oldest of every list. */
async function oldRequest(title: string): Promise<{ id: string; version: number }> {
  const asked = await ui.graph.gql(
    await token("youth-office", "13072"),
    `mutation ($title: String) { requestConsultation(input: { kind: WORKSHOP, plannedDate: "2023-01-02", days: 0.5, title: $title }) { id version } }`,
    { title },
  );
  expect(asked.errors).toBeUndefined();
  return asked.data.requestConsultation;
}

/** The work list's group of this title (no comma in the pattern: playwright's role selector splits on it). */
const workGroup = (title: RegExp) =>
  ui.browser.page.getByRole("region", { name: "Zu erledigen" }).getByRole("region", { name: title });

describe("signing in and the overviews", () => {
  it("sends a visitor without a session to the sign-in page, which passes the accessibility scan", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/organisationen`);
    await page.waitForURL(/\/anmelden\?zurueck=%2Forganisationen/);
    await page.getByRole("heading", { name: "Anmelden" }).waitFor();
    await page
      .getByLabel("Kreis oder kreisfreie Stadt")
      .locator("option", { hasText: "Landkreis Rostock" })
      .waitFor({ state: "attached" });
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "anmelden");
  });

  it("sends a person whose token the graph refuses to sign in again, keeping the page to come back to", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/barrierefreiheit`);
    // A session the browser still holds while the graph no longer accepts its token (revoked, key rotated).
    await page.evaluate(() =>
      sessionStorage.setItem(
        "kinderschutz.session",
        JSON.stringify({
          token: "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiU1RBVEVfT0ZGSUNFIn0.c2lnbmF0dXJl",
          role: "STATE_OFFICE",
          subject: "lks",
          expiresAt: Date.now() + 3_600_000,
          via: "demo",
        }),
      ),
    );
    await page.goto(`${ui.graph.origin}/organisationen`);
    await page.waitForURL(/\/anmelden\?zurueck=%2Forganisationen/);
    expect(await page.evaluate(() => sessionStorage.getItem("kinderschutz.session"))).toBeNull();
  });

  it("shows the accessibility statement without signing in", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/barrierefreiheit`);
    await page.getByRole("heading", { name: "Erklärung zur Barrierefreiheit" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a youth office its contingent, upcoming meetings and open requests", async () => {
    const { page } = ui.browser;
    await signIn(page, ui.graph.origin, "Jugendamt", "Landkreis Rostock");
    await page.getByRole("heading", { name: "Übersicht: Landkreis Rostock" }).waitFor();
    await page.getByRole("heading", { name: /Beratungskontingent/ }).waitFor();
    await page.getByRole("heading", { name: "Nächste Termine" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "uebersicht-jugendamt");
  });

  it("lists a youth office's work: its requests still open, meetings to record as held, networks to plan for", async () => {
    const { page } = ui.browser;
    const youthOffice = await token("youth-office", "13072");
    await oldRequest("Fachtag aus alten Tagen");
    const planned = await ui.graph.gql(
      youthOffice,
      `mutation ($n: ID!) { createMeeting(input: { networkId: $n, kind: PLENARY, date: "2024-01-10", status: PLANNED, title: "Neujahrstreffen 2024" }) { id } }`,
      { n: NETWORK_ID },
    );
    expect(planned.errors).toBeUndefined();
    const founded = await ui.graph.gql(
      youthOffice,
      `mutation { createNetwork(input: { name: "AAA Netzwerk ohne Treffen", kind: EARLY_HELP, regionKey: "13072", responsibleDistrictKey: "13072" }) { id } }`,
    );
    expect(founded.errors).toBeUndefined();
    await page.goto(ui.graph.origin);
    await workGroup(/über die noch entschieden wird/)
      .getByRole("link", { name: "Anfrage ansehen: Fachtag aus alten Tagen" })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "uebersicht-jugendamt-arbeit");

    await workGroup(/als stattgefunden zu erfassen/)
      .getByRole("link", { name: "Teilnahme erfassen: Neujahrstreffen 2024" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Neujahrstreffen 2024" }).waitFor();
    await page.getByRole("button", { name: "Als stattgefunden erfassen" }).click();
    await page.getByLabel("Teilnehmende Fachkräfte (Anzahl)").fill("18");
    await page.getByRole("button", { name: "Speichern", exact: true }).click();
    await page.getByRole("status").filter({ hasText: "Teilnahme und Protokoll wurden gespeichert." }).waitFor();
    // A network of the district without a meeting this year: one click to plan one.
    await page.goto(ui.graph.origin);
    await workGroup(/Netzwerke ohne Treffen/)
      .getByRole("link", { name: "Treffen planen: AAA Netzwerk ohne Treffen" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Treffen hinzufügen" }).waitFor();
    expect(page.url()).toContain(`/netzwerke/${founded.data.createNetwork.id}/treffen/neu`);

    // Recorded, the meeting is no longer work.
    await page.goto(ui.graph.origin);
    await page.getByRole("region", { name: "Zu erledigen" }).getByRole("heading", { level: 3 }).first().waitFor();
    expect(await page.getByRole("link", { name: /Neujahrstreffen 2024/ }).count()).toBe(0);
  });

  it("gives the state office a work list, each item with its step one click away", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Landeskoordinierungsstelle");
    const request = await oldRequest("Workshop lange geplant");
    await page.goto(ui.graph.origin);

    // A request whose day has passed waits for a decision twice over.
    const toDecide = workGroup(/die auf Ihre Entscheidung warten/);
    await toDecide.getByRole("link", { name: "Entscheiden: Workshop lange geplant" }).waitFor();
    await workGroup(/deren geplanter Tag vorbei ist/)
      .getByRole("link", { name: "Entscheiden oder stornieren: Workshop lange geplant" })
      .waitFor();
    // Demo data: Vorpommern-Greifswald has a single day left.
    await workGroup(/fast ausgeschöpft/)
      .getByRole("link", { name: /Kontingent anpassen: .*Vorpommern-Greifswald/ })
      .waitFor();
    await workGroup(/Netzwerke ohne Treffen/)
      .getByRole("link", { name: "Netzwerk ansehen: AAA Netzwerk ohne Treffen" })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "landesuebersicht-arbeit");

    // Deciding: approved, the request is no longer waiting, and its delivery is now the work.
    await toDecide.getByRole("link", { name: "Entscheiden: Workshop lange geplant" }).click();
    await page.getByRole("heading", { level: 1, name: "Workshop lange geplant" }).waitFor();
    await page.getByRole("checkbox", { name: /Dr\. Anna Beispiel/ }).check();
    await page.getByRole("button", { name: "Bewilligen" }).click();
    await page.getByRole("status").getByText("Die Beratung wurde bewilligt").waitFor();
    await page.goto(ui.graph.origin);
    const notDelivered = workGroup(/Durchführung nicht erfasst/);
    await notDelivered.getByRole("link", { name: "Durchführung erfassen: Workshop lange geplant" }).click();
    await page.getByLabel("Durchgeführte Tage").fill("0,5");
    await page.getByRole("button", { name: "Durchführung speichern" }).click();
    await page.getByRole("status").getByText("Die Durchführung wurde erfasst.").waitFor();

    // "Alle anzeigen" carries exactly the filter it means.
    await page.goto(ui.graph.origin);
    await toDecide.getByRole("heading").waitFor();
    const all = toDecide.getByRole("link", { name: /^Alle \d+ anzeigen$/ });
    if (await all.count()) {
      await all.click();
      await page.waitForURL(/\/beratung\?status=REQUESTED$/);
      expect(await page.getByLabel("Status").inputValue()).toBe("REQUESTED");
      expect(await page.getByLabel("Jahr").inputValue()).toBe("");
      await page.goto(ui.graph.origin);
    }
    await workGroup(/fast ausgeschöpft/)
      .getByRole("link", { name: /Kontingent anpassen: .*Vorpommern-Greifswald/ })
      .click();
    await page.waitForURL(/\/kontingente\?kreis=13075/);
    const office = page.getByLabel(/^Jugendamt/);
    await expect.poll(() => office.locator("option:checked").textContent()).toMatch(/Vorpommern-Greifswald/);
    expect(request.id).toBeTruthy();
  });

  it("shows the state office every youth office with networks, members, meetings and days", async () => {
    const { page } = ui.browser;
    await page.goto(ui.graph.origin);
    const table = page.getByRole("table");
    await table.getByRole("rowheader", { name: "Landkreis Vorpommern-Greifswald" }).waitFor();
    expect(await table.getByRole("row").count()).toBe(1 + 8);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "landesuebersicht");
    // Printed: the overview with its title and the day of printing; no navigation, no work list, no buttons.
    await page.emulateMedia({ media: "print" });
    await page.getByText(/^Landesübersicht \d{4} · Stand: \d{2}\.\d{2}\.\d{4}$/).waitFor();
    expect(await page.getByRole("navigation", { name: "Hauptnavigation" }).isVisible()).toBe(false);
    expect(await page.getByRole("region", { name: "Zu erledigen" }).isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Drucken oder als PDF speichern" }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
  });

  it("gives an analyst the statewide overview read-only and the API access page with its token", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await signIn(page, ui.graph.origin, "Analyse");
    await page.getByRole("table").getByRole("rowheader", { name: "Hansestadt Rostock" }).waitFor();
    const navigation = page.getByRole("navigation", { name: "Hauptnavigation" });
    expect(await navigation.getByRole("link").allTextContents()).toEqual([
      "Landesübersicht",
      "Organisationen",
      "Angebote",
      "Netzwerke",
      "Leistungsbericht",
      "API-Zugang",
    ]);
    await navigation.getByRole("link", { name: "API-Zugang" }).click();
    const issued = await page.getByLabel("Token").inputValue();
    expect((await ui.graph.gql(issued, '{ regions(parentKey: "13") { key } }')).data.regions.length).toBeGreaterThan(8);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "api-zugang");
  });

  it("answers an unknown address with a German page that leads back", async () => {
    const { page } = ui.browser;
    await page.goto(`${ui.graph.origin}/gibt-es-nicht`);
    await page.getByRole("heading", { name: "Seite nicht gefunden" }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows that German page after signing in, too, when a stale link led to the sign-in", async () => {
    const { page } = ui.browser;
    await page.getByRole("button", { name: "Abmelden" }).click();
    await page.goto(`${ui.graph.origin}/gibt-es-nicht`);
    await page.waitForURL(/\/anmelden\?zurueck=%2Fgibt-es-nicht/);
    await page.getByRole("button", { name: "Als Analyse anmelden" }).click();
    await page.getByRole("heading", { name: "Seite nicht gefunden" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/gibt-es-nicht");
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
  });

  it("keeps keyboard users in charge: a skip link leads to the content", async () => {
    const { page } = ui.browser;
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("inhalt");
  });

  it("loads nothing from outside the machine", () => {
    expect(ui.browser.foreignRequests).toEqual([]);
  });
});
